
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'amphost' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'amphost'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'amphost' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'Apps: create, get, list, update, delete; environment variables')
            [CompletionResult]::new('branch', 'branch', [CompletionResultType]::ParameterValue, 'Branches of an app')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Deploy a folder, a zip or a URL and follow the job to a live site')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Run the app''s build spec (amplify.yml) here, as Amplify would, and collect its artifacts')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Deploy a branch''s previous deployment (or a job''s) again, with nothing uploaded')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Deploy the deployment live on one branch to another (staging to main)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Compare the live site with what was deployed: files, headers, rules (exit 6 if they differ)')
            [CompletionResult]::new('job', 'job', [CompletionResultType]::ParameterValue, 'Build and deployment jobs: start, watch, logs, artifacts')
            [CompletionResult]::new('domain', 'domain', [CompletionResultType]::ParameterValue, 'Custom domains and the DNS records they need')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Incoming webhooks that start builds')
            [CompletionResult]::new('backend-env', 'backend-env', [CompletionResultType]::ParameterValue, 'Backend environments of an app')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Tags on apps, branches and other Amplify resources')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Serve a folder or a deployed branch locally with Amplify''s rules, headers and basic auth')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Tie this folder to an app: write amphost.toml (app, branch, folder; asked on a terminal)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Record the app of this folder''s amphost.toml (the file is created if missing)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The linked app at a glance: its URL, each branch with its latest job, its domains')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open the branch''s site, or the app''s page in the AWS console, in the browser')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'The app''s redirects and rewrites as code: pull, diff, push; import from Netlify or Vercel')
            [CompletionResult]::new('headers', 'headers', [CompletionResultType]::ParameterValue, 'The app''s custom headers (customHttp.yml) as code: pull, diff, push')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run the local Amplify Hosting emulator as a server')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell''s completion script (app, branch and job names included)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;app' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an app (CreateApp)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an app (GetApp)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List apps (ListApps), all pages')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List apps (ListApps), all pages')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an app''s settings (UpdateApp); only the settings given are sent')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an app and everything in it (DeleteApp)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an app and everything in it (DeleteApp)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Environment variables: list, set, unset (merging: others are kept); import, export, diff')
            [CompletionResult]::new('access-logs', 'access-logs', [CompletionResultType]::ParameterValue, 'Download a domain''s access logs for a time window (GenerateAccessLogs)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;app;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The app''s name (instead of NAME)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'An environment variable, KEY=VALUE (repeatable)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag, KEY=VALUE (repeatable)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description of the app')
            [CompletionResult]::new('--repository', '--repository', [CompletionResultType]::ParameterName, 'Git repository URL (for apps built from a repository)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'WEB for static sites, WEB_COMPUTE for server-side rendering (WEB_DYNAMIC: older SSR)')
            [CompletionResult]::new('--compute-role-arn', '--compute-role-arn', [CompletionResultType]::ParameterName, 'IAM role the app''s SSR compute assumes to reach other AWS services')
            [CompletionResult]::new('--iam-service-role-arn', '--iam-service-role-arn', [CompletionResultType]::ParameterName, 'IAM service role of the app (used by builds and backend deployments)')
            [CompletionResult]::new('--oauth-token', '--oauth-token', [CompletionResultType]::ParameterName, 'OAuth token for the repository (text or file://PATH)')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'GitHub personal access token (text or file://PATH)')
            [CompletionResult]::new('--environment-variables', '--environment-variables', [CompletionResultType]::ParameterName, 'All environment variables at once, replacing any there are: JSON or file://PATH')
            [CompletionResult]::new('--enable-branch-auto-build', '--enable-branch-auto-build', [CompletionResultType]::ParameterName, 'Build branches automatically on each commit (=false to turn it off)')
            [CompletionResult]::new('--enable-branch-auto-deletion', '--enable-branch-auto-deletion', [CompletionResultType]::ParameterName, 'Disconnect branches from the app when they are deleted from the repository')
            [CompletionResult]::new('--enable-basic-auth', '--enable-basic-auth', [CompletionResultType]::ParameterName, 'Require a password (with --basic-auth)')
            [CompletionResult]::new('--basic-auth', '--basic-auth', [CompletionResultType]::ParameterName, 'Basic-auth credentials, USER:PASSWORD (encoded for you; turns basic auth on unless --enable-basic-auth=false)')
            [CompletionResult]::new('--custom-rules', '--custom-rules', [CompletionResultType]::ParameterName, 'Redirect and rewrite rules: a JSON list, file://rules.json, or shorthand (`source=/a,target=/b,status=301` for one rule, `[{source=/a,target=/b},{…}]`); repeatable, the rules joined in order')
            [CompletionResult]::new('--build-spec', '--build-spec', [CompletionResultType]::ParameterName, 'Build specification YAML (text or file://amplify.yml)')
            [CompletionResult]::new('--custom-headers', '--custom-headers', [CompletionResultType]::ParameterName, 'Custom headers YAML (text or file://customHttp.yml)')
            [CompletionResult]::new('--enable-auto-branch-creation', '--enable-auto-branch-creation', [CompletionResultType]::ParameterName, 'Connect new branches matching --auto-branch-creation-patterns automatically')
            [CompletionResult]::new('--auto-branch-creation-patterns', '--auto-branch-creation-patterns', [CompletionResultType]::ParameterName, 'Glob patterns of branches to connect automatically: comma-separated, repeated, or a list (`[main,dev/*]`, JSON); `[]` clears them')
            [CompletionResult]::new('--auto-branch-creation-config', '--auto-branch-creation-config', [CompletionResultType]::ParameterName, 'Settings for auto-created branches: JSON, file://PATH or key=value,…')
            [CompletionResult]::new('--job-config', '--job-config', [CompletionResultType]::ParameterName, 'Build compute: JSON or buildComputeType=STANDARD_8GB|LARGE_16GB|XLARGE_72GB')
            [CompletionResult]::new('--cache-config', '--cache-config', [CompletionResultType]::ParameterName, 'Cache: JSON or type=AMPLIFY_MANAGED|AMPLIFY_MANAGED_NO_COOKIES')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Create the app even if another app already has this name (every command that names it is then ambiguous: address the apps by ID)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;get' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;list' {
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Return at most N items, with a NextToken to resume from')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken of an earlier --max-items run')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;ls' {
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Return at most N items, with a NextToken to resume from')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken of an earlier --max-items run')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;update' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name for the app')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description of the app')
            [CompletionResult]::new('--repository', '--repository', [CompletionResultType]::ParameterName, 'Git repository URL (for apps built from a repository)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'WEB for static sites, WEB_COMPUTE for server-side rendering (WEB_DYNAMIC: older SSR)')
            [CompletionResult]::new('--compute-role-arn', '--compute-role-arn', [CompletionResultType]::ParameterName, 'IAM role the app''s SSR compute assumes to reach other AWS services')
            [CompletionResult]::new('--iam-service-role-arn', '--iam-service-role-arn', [CompletionResultType]::ParameterName, 'IAM service role of the app (used by builds and backend deployments)')
            [CompletionResult]::new('--oauth-token', '--oauth-token', [CompletionResultType]::ParameterName, 'OAuth token for the repository (text or file://PATH)')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'GitHub personal access token (text or file://PATH)')
            [CompletionResult]::new('--environment-variables', '--environment-variables', [CompletionResultType]::ParameterName, 'All environment variables at once, replacing any there are: JSON or file://PATH')
            [CompletionResult]::new('--enable-branch-auto-build', '--enable-branch-auto-build', [CompletionResultType]::ParameterName, 'Build branches automatically on each commit (=false to turn it off)')
            [CompletionResult]::new('--enable-branch-auto-deletion', '--enable-branch-auto-deletion', [CompletionResultType]::ParameterName, 'Disconnect branches from the app when they are deleted from the repository')
            [CompletionResult]::new('--enable-basic-auth', '--enable-basic-auth', [CompletionResultType]::ParameterName, 'Require a password (with --basic-auth)')
            [CompletionResult]::new('--basic-auth', '--basic-auth', [CompletionResultType]::ParameterName, 'Basic-auth credentials, USER:PASSWORD (encoded for you; turns basic auth on unless --enable-basic-auth=false)')
            [CompletionResult]::new('--custom-rules', '--custom-rules', [CompletionResultType]::ParameterName, 'Redirect and rewrite rules: a JSON list, file://rules.json, or shorthand (`source=/a,target=/b,status=301` for one rule, `[{source=/a,target=/b},{…}]`); repeatable, the rules joined in order')
            [CompletionResult]::new('--build-spec', '--build-spec', [CompletionResultType]::ParameterName, 'Build specification YAML (text or file://amplify.yml)')
            [CompletionResult]::new('--custom-headers', '--custom-headers', [CompletionResultType]::ParameterName, 'Custom headers YAML (text or file://customHttp.yml)')
            [CompletionResult]::new('--enable-auto-branch-creation', '--enable-auto-branch-creation', [CompletionResultType]::ParameterName, 'Connect new branches matching --auto-branch-creation-patterns automatically')
            [CompletionResult]::new('--auto-branch-creation-patterns', '--auto-branch-creation-patterns', [CompletionResultType]::ParameterName, 'Glob patterns of branches to connect automatically: comma-separated, repeated, or a list (`[main,dev/*]`, JSON); `[]` clears them')
            [CompletionResult]::new('--auto-branch-creation-config', '--auto-branch-creation-config', [CompletionResultType]::ParameterName, 'Settings for auto-created branches: JSON, file://PATH or key=value,…')
            [CompletionResult]::new('--job-config', '--job-config', [CompletionResultType]::ParameterName, 'Build compute: JSON or buildComputeType=STANDARD_8GB|LARGE_16GB|XLARGE_72GB')
            [CompletionResult]::new('--cache-config', '--cache-config', [CompletionResultType]::ParameterName, 'Cache: JSON or type=AMPLIFY_MANAGED|AMPLIFY_MANAGED_NO_COOKIES')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Rename the app even if another app already has the name')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;delete' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;rm' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;env' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show the environment variables of an app (or of one branch with --branch)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Show the environment variables of an app (or of one branch with --branch)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set variables, keeping the others: `app env set --app A KEY=VALUE…`')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove variables, keeping the others: `app env unset --app A KEY…`')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a dotenv file: its variables merged in, others kept (--replace: only the file''s)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the variables as a dotenv file (or JSON), sorted by name')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the variables with a dotenv file, by name only; exit 1 when they differ')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;app;env;list' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'A branch of the app (its variables override the app''s)')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'A branch of the app (its variables override the app''s)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;env;ls' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'A branch of the app (its variables override the app''s)')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'A branch of the app (its variables override the app''s)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;env;set' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'A branch of the app (its variables override the app''s)')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'A branch of the app (its variables override the app''s)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;env;unset' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'A branch of the app (its variables override the app''s)')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'A branch of the app (its variables override the app''s)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;env;import' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Remove the variables the file does not name (they are listed), instead of keeping them')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;env;export' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'dotenv (KEY=VALUE lines, quoted where needed) or json (one object)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;env;diff' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;env;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show the environment variables of an app (or of one branch with --branch)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set variables, keeping the others: `app env set --app A KEY=VALUE…`')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove variables, keeping the others: `app env unset --app A KEY…`')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a dotenv file: its variables merged in, others kept (--replace: only the file''s)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the variables as a dotenv file (or JSON), sorted by name')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the variables with a dotenv file, by name only; exit 1 when they differ')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;app;env;help;list' {
            break
        }
        'amphost;app;env;help;set' {
            break
        }
        'amphost;app;env;help;unset' {
            break
        }
        'amphost;app;env;help;import' {
            break
        }
        'amphost;app;env;help;export' {
            break
        }
        'amphost;app;env;help;diff' {
            break
        }
        'amphost;app;env;help;help' {
            break
        }
        'amphost;app;access-logs' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--domain-name', '--domain-name', [CompletionResultType]::ParameterName, 'The custom domain whose requests to list')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The custom domain whose requests to list')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start of the window: RFC 3339, epoch seconds or a duration ago (1h) [default: 1h before --end]')
            [CompletionResult]::new('--start-time', '--start-time', [CompletionResultType]::ParameterName, 'Start of the window: RFC 3339, epoch seconds or a duration ago (1h) [default: 1h before --end]')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End of the window [default: now]')
            [CompletionResult]::new('--end-time', '--end-time', [CompletionResultType]::ParameterName, 'End of the window [default: now]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write the CSV here instead of stdout')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the CSV here instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the --out file if it exists (else refused, exit 2)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;app;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an app (CreateApp)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an app (GetApp)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List apps (ListApps), all pages')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an app''s settings (UpdateApp); only the settings given are sent')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an app and everything in it (DeleteApp)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Environment variables: list, set, unset (merging: others are kept); import, export, diff')
            [CompletionResult]::new('access-logs', 'access-logs', [CompletionResultType]::ParameterValue, 'Download a domain''s access logs for a time window (GenerateAccessLogs)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;app;help;create' {
            break
        }
        'amphost;app;help;get' {
            break
        }
        'amphost;app;help;list' {
            break
        }
        'amphost;app;help;update' {
            break
        }
        'amphost;app;help;delete' {
            break
        }
        'amphost;app;help;env' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show the environment variables of an app (or of one branch with --branch)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set variables, keeping the others: `app env set --app A KEY=VALUE…`')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove variables, keeping the others: `app env unset --app A KEY…`')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a dotenv file: its variables merged in, others kept (--replace: only the file''s)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the variables as a dotenv file (or JSON), sorted by name')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the variables with a dotenv file, by name only; exit 1 when they differ')
            break
        }
        'amphost;app;help;env;list' {
            break
        }
        'amphost;app;help;env;set' {
            break
        }
        'amphost;app;help;env;unset' {
            break
        }
        'amphost;app;help;env;import' {
            break
        }
        'amphost;app;help;env;export' {
            break
        }
        'amphost;app;help;env;diff' {
            break
        }
        'amphost;app;help;access-logs' {
            break
        }
        'amphost;app;help;help' {
            break
        }
        'amphost;branch' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a branch (CreateBranch)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a branch (GetBranch)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an app''s branches (ListBranches), all pages')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List an app''s branches (ListBranches), all pages')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a branch''s settings (UpdateBranch); only the settings given are sent')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a branch (DeleteBranch)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a branch (DeleteBranch)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete the branches matching a glob with no activity for a while (preview branches)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'A branch''s own environment variables: list, set, unset, import, export, diff')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;branch;create' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name (instead of BRANCH)')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name (instead of BRANCH)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'An environment variable, KEY=VALUE (repeatable)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag, KEY=VALUE (repeatable)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description of the branch')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'What the branch is for (PRODUCTION, BETA, DEVELOPMENT, EXPERIMENTAL, PULL_REQUEST)')
            [CompletionResult]::new('--framework', '--framework', [CompletionResultType]::ParameterName, 'The branch''s framework, as shown in the console (e.g. React, Next.js - SSR)')
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'The name shown for the branch, also its default sub-domain prefix')
            [CompletionResult]::new('--enable-notification', '--enable-notification', [CompletionResultType]::ParameterName, 'Email notifications for the branch''s jobs (=false to turn them off)')
            [CompletionResult]::new('--enable-auto-build', '--enable-auto-build', [CompletionResultType]::ParameterName, 'Build the branch on each commit (=false to turn it off)')
            [CompletionResult]::new('--enable-skew-protection', '--enable-skew-protection', [CompletionResultType]::ParameterName, 'Skew protection: a visitor keeps getting the assets of the deployment first loaded')
            [CompletionResult]::new('--environment-variables', '--environment-variables', [CompletionResultType]::ParameterName, 'All environment variables at once, replacing any there are: JSON or file://PATH')
            [CompletionResult]::new('--enable-basic-auth', '--enable-basic-auth', [CompletionResultType]::ParameterName, 'Require a password (with --basic-auth)')
            [CompletionResult]::new('--basic-auth', '--basic-auth', [CompletionResultType]::ParameterName, 'Basic-auth credentials, USER:PASSWORD (encoded for you; turns basic auth on unless --enable-basic-auth=false)')
            [CompletionResult]::new('--enable-performance-mode', '--enable-performance-mode', [CompletionResultType]::ParameterName, 'Performance mode: content kept longer at the edge (longer to update after a deploy)')
            [CompletionResult]::new('--build-spec', '--build-spec', [CompletionResultType]::ParameterName, 'Build specification YAML (text or file://amplify.yml)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Content TTL in seconds')
            [CompletionResult]::new('--enable-pull-request-preview', '--enable-pull-request-preview', [CompletionResultType]::ParameterName, 'Build a preview of each pull request to this branch')
            [CompletionResult]::new('--pull-request-environment-name', '--pull-request-environment-name', [CompletionResultType]::ParameterName, 'The backend environment pull-request previews use')
            [CompletionResult]::new('--backend-environment-arn', '--backend-environment-arn', [CompletionResultType]::ParameterName, 'The backend environment linked to the branch (Gen 1 backends)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend: JSON or stackArn=ARN')
            [CompletionResult]::new('--compute-role-arn', '--compute-role-arn', [CompletionResultType]::ParameterName, 'IAM role the branch''s SSR compute assumes (instead of the app''s)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;get' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name (instead of BRANCH)')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name (instead of BRANCH)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;list' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Return at most N items, with a NextToken to resume from')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken of an earlier --max-items run')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;ls' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Return at most N items, with a NextToken to resume from')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken of an earlier --max-items run')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;update' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name (instead of BRANCH)')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name (instead of BRANCH)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description of the branch')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'What the branch is for (PRODUCTION, BETA, DEVELOPMENT, EXPERIMENTAL, PULL_REQUEST)')
            [CompletionResult]::new('--framework', '--framework', [CompletionResultType]::ParameterName, 'The branch''s framework, as shown in the console (e.g. React, Next.js - SSR)')
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'The name shown for the branch, also its default sub-domain prefix')
            [CompletionResult]::new('--enable-notification', '--enable-notification', [CompletionResultType]::ParameterName, 'Email notifications for the branch''s jobs (=false to turn them off)')
            [CompletionResult]::new('--enable-auto-build', '--enable-auto-build', [CompletionResultType]::ParameterName, 'Build the branch on each commit (=false to turn it off)')
            [CompletionResult]::new('--enable-skew-protection', '--enable-skew-protection', [CompletionResultType]::ParameterName, 'Skew protection: a visitor keeps getting the assets of the deployment first loaded')
            [CompletionResult]::new('--environment-variables', '--environment-variables', [CompletionResultType]::ParameterName, 'All environment variables at once, replacing any there are: JSON or file://PATH')
            [CompletionResult]::new('--enable-basic-auth', '--enable-basic-auth', [CompletionResultType]::ParameterName, 'Require a password (with --basic-auth)')
            [CompletionResult]::new('--basic-auth', '--basic-auth', [CompletionResultType]::ParameterName, 'Basic-auth credentials, USER:PASSWORD (encoded for you; turns basic auth on unless --enable-basic-auth=false)')
            [CompletionResult]::new('--enable-performance-mode', '--enable-performance-mode', [CompletionResultType]::ParameterName, 'Performance mode: content kept longer at the edge (longer to update after a deploy)')
            [CompletionResult]::new('--build-spec', '--build-spec', [CompletionResultType]::ParameterName, 'Build specification YAML (text or file://amplify.yml)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Content TTL in seconds')
            [CompletionResult]::new('--enable-pull-request-preview', '--enable-pull-request-preview', [CompletionResultType]::ParameterName, 'Build a preview of each pull request to this branch')
            [CompletionResult]::new('--pull-request-environment-name', '--pull-request-environment-name', [CompletionResultType]::ParameterName, 'The backend environment pull-request previews use')
            [CompletionResult]::new('--backend-environment-arn', '--backend-environment-arn', [CompletionResultType]::ParameterName, 'The backend environment linked to the branch (Gen 1 backends)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend: JSON or stackArn=ARN')
            [CompletionResult]::new('--compute-role-arn', '--compute-role-arn', [CompletionResultType]::ParameterName, 'IAM role the branch''s SSR compute assumes (instead of the app''s)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;delete' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name (instead of BRANCH)')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name (instead of BRANCH)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;rm' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name (instead of BRANCH)')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name (instead of BRANCH)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;prune' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'The branches to consider: a glob of their names (''pr-*'', ''feature/*'')')
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Delete only the branches with no activity for this long (14d, 36h)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List the branches that would be deleted, and delete nothing')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;env' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a branch''s own variables (they override the app''s)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Show a branch''s own variables (they override the app''s)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set variables of the branch, keeping the others')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove variables of the branch, keeping the others')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a dotenv file into the branch: merged in, others kept (--replace: only the file''s)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the branch''s variables as a dotenv file (or JSON), sorted by name')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the branch''s variables with a dotenv file, by name only; exit 1 when they differ')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;branch;env;list' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;env;ls' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;env;set' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;env;unset' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;env;import' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Remove the variables the file does not name (they are listed), instead of keeping them')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;env;export' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'dotenv (KEY=VALUE lines, quoted where needed) or json (one object)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;env;diff' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;branch;env;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a branch''s own variables (they override the app''s)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set variables of the branch, keeping the others')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove variables of the branch, keeping the others')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a dotenv file into the branch: merged in, others kept (--replace: only the file''s)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the branch''s variables as a dotenv file (or JSON), sorted by name')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the branch''s variables with a dotenv file, by name only; exit 1 when they differ')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;branch;env;help;list' {
            break
        }
        'amphost;branch;env;help;set' {
            break
        }
        'amphost;branch;env;help;unset' {
            break
        }
        'amphost;branch;env;help;import' {
            break
        }
        'amphost;branch;env;help;export' {
            break
        }
        'amphost;branch;env;help;diff' {
            break
        }
        'amphost;branch;env;help;help' {
            break
        }
        'amphost;branch;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a branch (CreateBranch)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a branch (GetBranch)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an app''s branches (ListBranches), all pages')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a branch''s settings (UpdateBranch); only the settings given are sent')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a branch (DeleteBranch)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete the branches matching a glob with no activity for a while (preview branches)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'A branch''s own environment variables: list, set, unset, import, export, diff')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;branch;help;create' {
            break
        }
        'amphost;branch;help;get' {
            break
        }
        'amphost;branch;help;list' {
            break
        }
        'amphost;branch;help;update' {
            break
        }
        'amphost;branch;help;delete' {
            break
        }
        'amphost;branch;help;prune' {
            break
        }
        'amphost;branch;help;env' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a branch''s own variables (they override the app''s)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set variables of the branch, keeping the others')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove variables of the branch, keeping the others')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a dotenv file into the branch: merged in, others kept (--replace: only the file''s)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the branch''s variables as a dotenv file (or JSON), sorted by name')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the branch''s variables with a dotenv file, by name only; exit 1 when they differ')
            break
        }
        'amphost;branch;help;env;list' {
            break
        }
        'amphost;branch;help;env;set' {
            break
        }
        'amphost;branch;help;env;unset' {
            break
        }
        'amphost;branch;help;env;import' {
            break
        }
        'amphost;branch;help;env;export' {
            break
        }
        'amphost;branch;help;env;diff' {
            break
        }
        'amphost;branch;help;help' {
            break
        }
        'amphost;deploy' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch to deploy to [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch to deploy to [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--source-url', '--source-url', [CompletionResultType]::ParameterName, 'Deploy from a URL instead of uploading (s3://bucket/key.zip, https://…)')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Start a deployment created earlier (CreateDeployment) whose upload is done')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Start a deployment created earlier (CreateDeployment) whose upload is done')
            [CompletionResult]::new('--source-url-type', '--source-url-type', [CompletionResultType]::ParameterName, 'What --source-url points at: ZIP (a .zip file) or BUCKET_PREFIX (a folder in S3)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Parallel uploads with --file-map or --bucket, and parallel fetches with --verify')
            [CompletionResult]::new('--compression-level', '--compression-level', [CompletionResultType]::ParameterName, 'Deflate level of the zip, 0 (stored) to 9')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'Keep every deployment in this bucket (s3://BUCKET/PREFIX): only changed files are uploaded, and rollback/promote need no upload [default: the project''s `bucket`]')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Why this deployment (kept in its manifest; shown by `deploy list`), with --bucket')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Why this deployment (kept in its manifest; shown by `deploy list`), with --bucket')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Deployments of the branch kept in the bucket (default 10); older ones are deleted after a success, never one live or next in line for a rollback on any branch (a deploy with --no-wait does not see the success, and deletes nothing)')
            [CompletionResult]::new('--spec', '--spec', [CompletionResultType]::ParameterName, 'With --build: the build spec to run [default: amphost.toml''s [build] spec, else amplify.yml in the project''s folder]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 5; the job keeps running)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--file-map', '--file-map', [CompletionResultType]::ParameterName, 'Upload file by file (MD5 file map, parallel PUTs) instead of one zip')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the app (for manual deploys) and/or the branch if missing')
            [CompletionResult]::new('--allow-secrets', '--allow-secrets', [CompletionResultType]::ParameterName, 'Publish files that look like secrets (.env, *.pem, *.key, id_rsa…) instead of refusing')
            [CompletionResult]::new('--zip', '--zip', [CompletionResultType]::ParameterName, 'With --bucket: one zip per deployment (sourceUrlType ZIP) instead of a folder of files')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Add the statements Amplify needs to read the bucket to its policy (asks first; --yes)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Once the job succeeded, compare the live site with what was deployed (exit 6 if they differ)')
            [CompletionResult]::new('--build', '--build', [CompletionResultType]::ParameterName, 'Run the build spec first (as `amphost build`: amplify.yml, or amphost.toml''s [build]), then deploy the artifacts it collected [default: on when amphost.toml has [build]]')
            [CompletionResult]::new('--no-lint', '--no-lint', [CompletionResultType]::ParameterName, 'Deploy even when `rules lint` finds errors in the project''s rules file (not checked)')
            [CompletionResult]::new('--cancel-pending', '--cancel-pending', [CompletionResultType]::ParameterName, 'Stop a pending or running job on the branch first, instead of refusing')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return once the deployment has started, printing its job ID')
            [CompletionResult]::new('--cancel-on-interrupt', '--cancel-on-interrupt', [CompletionResultType]::ParameterName, 'On Ctrl-C, stop the job instead of leaving it running')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A branch''s deployments: when, status, who, commit, what changed, which is live')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;deploy;list' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'The bucket of the deployments'' manifests (s3://BUCKET/PREFIX) [default: the project''s `bucket`; without one, the jobs alone]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;deploy;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A branch''s deployments: when, status, who, commit, what changed, which is live')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;deploy;help;list' {
            break
        }
        'amphost;deploy;help;help' {
            break
        }
        'amphost;build' {
            [CompletionResult]::new('--spec', '--spec', [CompletionResultType]::ParameterName, 'The build spec to run [default: amphost.toml''s [build] spec, else amplify.yml in the project''s folder]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name, for its environment variables [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name, for its environment variables [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch: its variables, AWS_BRANCH and the output folder [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch: its variables, AWS_BRANCH and the output folder [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--app-root', '--app-root', [CompletionResultType]::ParameterName, 'The application of a monorepo spec (`applications:`) to build, by its appRoot [default: amphost.toml''s [build] app_root, else AMPLIFY_MONOREPO_APP_ROOT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--from-app', '--from-app', [CompletionResultType]::ParameterName, 'Run the app''s build spec instead of a file: the branch''s buildSpec, else the app''s')
            [CompletionResult]::new('--no-remote-env', '--no-remote-env', [CompletionResultType]::ParameterName, 'Do not fetch the app''s and branch''s environment variables (no request is made)')
            [CompletionResult]::new('--frontend-only', '--frontend-only', [CompletionResultType]::ParameterName, 'Leave out the spec''s backend phases')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;rollback' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch to roll back [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch to roll back [default: AMPHOST_BRANCH, else the project''s branch]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The job to go back to [default: the newest successful job before the live one]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 5; the job keeps running)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--cancel-pending', '--cancel-pending', [CompletionResultType]::ParameterName, 'Stop a pending or running job on the branch first, instead of refusing')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return once the deployment has started, printing its job ID')
            [CompletionResult]::new('--cancel-on-interrupt', '--cancel-on-interrupt', [CompletionResultType]::ParameterName, 'On Ctrl-C, stop the job instead of leaving it running')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;promote' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The branch whose deployment is promoted')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The branch to deploy it to')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'The job of --from to promote [default: its newest successful job, the live one]')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'The job of --from to promote [default: its newest successful job, the live one]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 5; the job keeps running)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--cancel-pending', '--cancel-pending', [CompletionResultType]::ParameterName, 'Stop a pending or running job on the branch first, instead of refusing')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return once the deployment has started, printing its job ID')
            [CompletionResult]::new('--cancel-on-interrupt', '--cancel-on-interrupt', [CompletionResultType]::ParameterName, 'On Ctrl-C, stop the job instead of leaving it running')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;verify' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--sample', '--sample', [CompletionResultType]::ParameterName, 'Check N files picked at random instead of every file (headers and rules are all checked)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Paths fetched at a time')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of each path, its whole answer read')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Fetch from this address instead of the branch''s URL (a custom domain, a CDN in front)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'Without PATH: what the live deployment holds, from its manifest in this bucket (s3://BUCKET/PREFIX of a bucket deploy) [default: the project''s `bucket` when it has no folder for the branch]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;job' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a job (StartJob): a release, a retry of a failed job, a manual or webhook build')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a job and its steps (GetJob; the branch''s newest job by default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a branch''s jobs, newest first (ListJobs)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a branch''s jobs, newest first (ListJobs)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a pending or running job (StopJob)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a finished job (DeleteJob)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a finished job (DeleteJob)')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a job until it ends, step by step (the branch''s newest job by default)')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Print a job''s step logs (the branch''s newest job by default)')
            [CompletionResult]::new('artifacts', 'artifacts', [CompletionResultType]::ParameterValue, 'A job''s artifacts (ListArtifacts, GetArtifactUrl)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;job;start' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--job-type', '--job-type', [CompletionResultType]::ParameterName, 'RELEASE builds the latest commit, RETRY runs a failed job again (give --job-id), MANUAL is for apps deployed by hand, WEBHOOK is what webhooks start')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'For RETRY: the job to retry')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'For RETRY: the job to retry')
            [CompletionResult]::new('--job-reason', '--job-reason', [CompletionResultType]::ParameterName, 'Why the job was started (kept with the job)')
            [CompletionResult]::new('--commit-id', '--commit-id', [CompletionResultType]::ParameterName, 'The commit to record for the job (a git commit ID)')
            [CompletionResult]::new('--commit-message', '--commit-message', [CompletionResultType]::ParameterName, 'The message of that commit')
            [CompletionResult]::new('--commit-time', '--commit-time', [CompletionResultType]::ParameterName, 'Commit time: RFC 3339, epoch seconds or a duration ago (1h)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait: give up after this long (exit 5)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Follow the job until it ends (exit 3 if it fails)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;job;get' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;job;list' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Return at most N items, with a NextToken to resume from')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken of an earlier --max-items run')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;job;ls' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Return at most N items, with a NextToken to resume from')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken of an earlier --max-items run')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;job;stop' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;job;delete' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;job;rm' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;job;watch' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long (exit 5)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;job;logs' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'Only this step (BUILD, DEPLOY, VERIFY…)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep printing new lines until the job ends')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing new lines until the job ends')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;job;artifacts' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a job''s artifacts (ListArtifacts; the branch''s newest job by default)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a job''s artifacts (ListArtifacts; the branch''s newest job by default)')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download artifacts: one by --artifact-id (GetArtifactUrl), or all of a job''s (the branch''s newest job by default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;job;artifacts;list' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Return at most N items, with a NextToken to resume from')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken of an earlier --max-items run')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;job;artifacts;ls' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Return at most N items, with a NextToken to resume from')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken of an earlier --max-items run')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;job;artifacts;download' {
            [CompletionResult]::new('--artifact-id', '--artifact-id', [CompletionResultType]::ParameterName, 'An artifact ID from `job artifacts list`')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name (with --branch: all the artifacts of a job)')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name (with --branch: all the artifacts of a job)')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name (with --app)')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name (with --app)')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Job ID (instead of JOB_ID)')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Where to write: the file for one artifact, a folder for a job''s [default: .]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write: the file for one artifact, a folder for a job''s [default: .]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that exist (else refused before anything is downloaded, exit 2)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;job;artifacts;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a job''s artifacts (ListArtifacts; the branch''s newest job by default)')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download artifacts: one by --artifact-id (GetArtifactUrl), or all of a job''s (the branch''s newest job by default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;job;artifacts;help;list' {
            break
        }
        'amphost;job;artifacts;help;download' {
            break
        }
        'amphost;job;artifacts;help;help' {
            break
        }
        'amphost;job;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a job (StartJob): a release, a retry of a failed job, a manual or webhook build')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a job and its steps (GetJob; the branch''s newest job by default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a branch''s jobs, newest first (ListJobs)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a pending or running job (StopJob)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a finished job (DeleteJob)')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a job until it ends, step by step (the branch''s newest job by default)')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Print a job''s step logs (the branch''s newest job by default)')
            [CompletionResult]::new('artifacts', 'artifacts', [CompletionResultType]::ParameterValue, 'A job''s artifacts (ListArtifacts, GetArtifactUrl)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;job;help;start' {
            break
        }
        'amphost;job;help;get' {
            break
        }
        'amphost;job;help;list' {
            break
        }
        'amphost;job;help;stop' {
            break
        }
        'amphost;job;help;delete' {
            break
        }
        'amphost;job;help;watch' {
            break
        }
        'amphost;job;help;logs' {
            break
        }
        'amphost;job;help;artifacts' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a job''s artifacts (ListArtifacts; the branch''s newest job by default)')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download artifacts: one by --artifact-id (GetArtifactUrl), or all of a job''s (the branch''s newest job by default)')
            break
        }
        'amphost;job;help;artifacts;list' {
            break
        }
        'amphost;job;help;artifacts;download' {
            break
        }
        'amphost;job;help;help' {
            break
        }
        'amphost;domain' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Connect a custom domain (CreateDomainAssociation) and show the DNS records to set')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a domain, its status and its DNS records (GetDomainAssociation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an app''s domains (ListDomainAssociations)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List an app''s domains (ListDomainAssociations)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change sub-domains or certificate (UpdateDomainAssociation)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Disconnect a domain (DeleteDomainAssociation)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Disconnect a domain (DeleteDomainAssociation)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the domain is AVAILABLE (exit 3 if it fails, 5 on --timeout)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the DNS records the domain needs, at each resolver (exit 1 until all are right)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;domain;create' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--domain-name', '--domain-name', [CompletionResultType]::ParameterName, 'The domain (instead of DOMAIN)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The domain (instead of DOMAIN)')
            [CompletionResult]::new('--sub-domain', '--sub-domain', [CompletionResultType]::ParameterName, 'A sub-domain and the branch it serves, PREFIX=BRANCH (repeatable; `=main` for the apex). On update, the domain''s other sub-domains are kept')
            [CompletionResult]::new('--sub-domain-settings', '--sub-domain-settings', [CompletionResultType]::ParameterName, 'All sub-domain settings, replacing the domain''s: a JSON list, file://PATH, or shorthand (`prefix=www,branchName=main`, `[{prefix=www,branchName=main},{…}]`); repeatable')
            [CompletionResult]::new('--enable-auto-sub-domain', '--enable-auto-sub-domain', [CompletionResultType]::ParameterName, 'Create sub-domains for new branches automatically')
            [CompletionResult]::new('--auto-sub-domain-creation-patterns', '--auto-sub-domain-creation-patterns', [CompletionResultType]::ParameterName, 'Branch patterns for automatic sub-domains: comma-separated, repeated, or a list (`[main,dev/*]`, JSON); `[]` clears them')
            [CompletionResult]::new('--auto-sub-domain-iam-role', '--auto-sub-domain-iam-role', [CompletionResultType]::ParameterName, 'IAM role for automatic sub-domains')
            [CompletionResult]::new('--certificate-settings', '--certificate-settings', [CompletionResultType]::ParameterName, 'Certificate: JSON, file://PATH or type=AMPLIFY_MANAGED | type=CUSTOM,customCertificateArn=ARN')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait: give up after this long (exit 5)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the domain is AVAILABLE')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;domain;get' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--domain-name', '--domain-name', [CompletionResultType]::ParameterName, 'The domain (instead of DOMAIN)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The domain (instead of DOMAIN)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;domain;list' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Return at most N items, with a NextToken to resume from')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken of an earlier --max-items run')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;domain;ls' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Return at most N items, with a NextToken to resume from')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken of an earlier --max-items run')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;domain;update' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--domain-name', '--domain-name', [CompletionResultType]::ParameterName, 'The domain (instead of DOMAIN)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The domain (instead of DOMAIN)')
            [CompletionResult]::new('--sub-domain', '--sub-domain', [CompletionResultType]::ParameterName, 'A sub-domain and the branch it serves, PREFIX=BRANCH (repeatable; `=main` for the apex). On update, the domain''s other sub-domains are kept')
            [CompletionResult]::new('--sub-domain-settings', '--sub-domain-settings', [CompletionResultType]::ParameterName, 'All sub-domain settings, replacing the domain''s: a JSON list, file://PATH, or shorthand (`prefix=www,branchName=main`, `[{prefix=www,branchName=main},{…}]`); repeatable')
            [CompletionResult]::new('--enable-auto-sub-domain', '--enable-auto-sub-domain', [CompletionResultType]::ParameterName, 'Create sub-domains for new branches automatically')
            [CompletionResult]::new('--auto-sub-domain-creation-patterns', '--auto-sub-domain-creation-patterns', [CompletionResultType]::ParameterName, 'Branch patterns for automatic sub-domains: comma-separated, repeated, or a list (`[main,dev/*]`, JSON); `[]` clears them')
            [CompletionResult]::new('--auto-sub-domain-iam-role', '--auto-sub-domain-iam-role', [CompletionResultType]::ParameterName, 'IAM role for automatic sub-domains')
            [CompletionResult]::new('--certificate-settings', '--certificate-settings', [CompletionResultType]::ParameterName, 'Certificate: JSON, file://PATH or type=AMPLIFY_MANAGED | type=CUSTOM,customCertificateArn=ARN')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;domain;delete' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--domain-name', '--domain-name', [CompletionResultType]::ParameterName, 'The domain (instead of DOMAIN)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The domain (instead of DOMAIN)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;domain;rm' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--domain-name', '--domain-name', [CompletionResultType]::ParameterName, 'The domain (instead of DOMAIN)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The domain (instead of DOMAIN)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;domain;wait' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--domain-name', '--domain-name', [CompletionResultType]::ParameterName, 'The domain (instead of DOMAIN)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The domain (instead of DOMAIN)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long (exit 5)')
            [CompletionResult]::new('--nameserver', '--nameserver', [CompletionResultType]::ParameterName, 'A DNS server to ask instead of the system''s resolver: IP or IP:PORT (port 53); repeat to compare several')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;domain;doctor' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--domain-name', '--domain-name', [CompletionResultType]::ParameterName, 'The domain (instead of DOMAIN)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The domain (instead of DOMAIN)')
            [CompletionResult]::new('--nameserver', '--nameserver', [CompletionResultType]::ParameterName, 'A DNS server to ask instead of the system''s resolver: IP or IP:PORT (port 53); repeat to compare several')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;domain;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Connect a custom domain (CreateDomainAssociation) and show the DNS records to set')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a domain, its status and its DNS records (GetDomainAssociation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an app''s domains (ListDomainAssociations)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change sub-domains or certificate (UpdateDomainAssociation)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Disconnect a domain (DeleteDomainAssociation)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the domain is AVAILABLE (exit 3 if it fails, 5 on --timeout)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the DNS records the domain needs, at each resolver (exit 1 until all are right)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;domain;help;create' {
            break
        }
        'amphost;domain;help;get' {
            break
        }
        'amphost;domain;help;list' {
            break
        }
        'amphost;domain;help;update' {
            break
        }
        'amphost;domain;help;delete' {
            break
        }
        'amphost;domain;help;wait' {
            break
        }
        'amphost;domain;help;doctor' {
            break
        }
        'amphost;domain;help;help' {
            break
        }
        'amphost;webhook' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a webhook that builds a branch when called (CreateWebhook)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a webhook (GetWebhook)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an app''s webhooks (ListWebhooks)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List an app''s webhooks (ListWebhooks)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a webhook''s branch or description (UpdateWebhook)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a webhook (DeleteWebhook)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a webhook (DeleteWebhook)')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Call a webhook''s URL, as a git provider would, and show the job it starts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;webhook;create' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name [default: AMPHOST_BRANCH, else amphost.toml''s branch]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description of the webhook (what calls it)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Show the token in the webhook''s URL in tables (JSON, text and --query output always show it)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;webhook;get' {
            [CompletionResult]::new('--webhook-id', '--webhook-id', [CompletionResultType]::ParameterName, 'Webhook ID (instead of WEBHOOK_ID)')
            [CompletionResult]::new('--webhook', '--webhook', [CompletionResultType]::ParameterName, 'Webhook ID (instead of WEBHOOK_ID)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name: if given, the webhook must belong to it')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name: if given, the webhook must belong to it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Show the token in the webhook''s URL in tables (JSON, text and --query output always show it)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;webhook;list' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Return at most N items, with a NextToken to resume from')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken of an earlier --max-items run')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Show the token in the webhook''s URL in tables (JSON, text and --query output always show it)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;webhook;ls' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Return at most N items, with a NextToken to resume from')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken of an earlier --max-items run')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Show the token in the webhook''s URL in tables (JSON, text and --query output always show it)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;webhook;update' {
            [CompletionResult]::new('--webhook-id', '--webhook-id', [CompletionResultType]::ParameterName, 'Webhook ID (instead of WEBHOOK_ID)')
            [CompletionResult]::new('--webhook', '--webhook', [CompletionResultType]::ParameterName, 'Webhook ID (instead of WEBHOOK_ID)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name: if given, the webhook must belong to it')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name: if given, the webhook must belong to it')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'The branch the webhook builds from now on')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'The branch the webhook builds from now on')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A new description')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Show the token in the webhook''s URL in tables (JSON, text and --query output always show it)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;webhook;delete' {
            [CompletionResult]::new('--webhook-id', '--webhook-id', [CompletionResultType]::ParameterName, 'Webhook ID (instead of WEBHOOK_ID)')
            [CompletionResult]::new('--webhook', '--webhook', [CompletionResultType]::ParameterName, 'Webhook ID (instead of WEBHOOK_ID)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name: if given, the webhook must belong to it')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name: if given, the webhook must belong to it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;webhook;rm' {
            [CompletionResult]::new('--webhook-id', '--webhook-id', [CompletionResultType]::ParameterName, 'Webhook ID (instead of WEBHOOK_ID)')
            [CompletionResult]::new('--webhook', '--webhook', [CompletionResultType]::ParameterName, 'Webhook ID (instead of WEBHOOK_ID)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name: if given, the webhook must belong to it')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name: if given, the webhook must belong to it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;webhook;trigger' {
            [CompletionResult]::new('--webhook-id', '--webhook-id', [CompletionResultType]::ParameterName, 'Webhook ID (instead of WEBHOOK_ID)')
            [CompletionResult]::new('--webhook', '--webhook', [CompletionResultType]::ParameterName, 'Webhook ID (instead of WEBHOOK_ID)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name: if given, the webhook must belong to it')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name: if given, the webhook must belong to it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;webhook;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a webhook that builds a branch when called (CreateWebhook)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a webhook (GetWebhook)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an app''s webhooks (ListWebhooks)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a webhook''s branch or description (UpdateWebhook)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a webhook (DeleteWebhook)')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Call a webhook''s URL, as a git provider would, and show the job it starts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;webhook;help;create' {
            break
        }
        'amphost;webhook;help;get' {
            break
        }
        'amphost;webhook;help;list' {
            break
        }
        'amphost;webhook;help;update' {
            break
        }
        'amphost;webhook;help;delete' {
            break
        }
        'amphost;webhook;help;trigger' {
            break
        }
        'amphost;webhook;help;help' {
            break
        }
        'amphost;backend-env' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a backend environment (CreateBackendEnvironment)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a backend environment (GetBackendEnvironment)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an app''s backend environments (ListBackendEnvironments)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List an app''s backend environments (ListBackendEnvironments)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a backend environment (DeleteBackendEnvironment)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a backend environment (DeleteBackendEnvironment)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;backend-env;create' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--environment-name', '--environment-name', [CompletionResultType]::ParameterName, 'Backend environment name (instead of ENVIRONMENT)')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Backend environment name (instead of ENVIRONMENT)')
            [CompletionResult]::new('--stack-name', '--stack-name', [CompletionResultType]::ParameterName, 'The CloudFormation stack of the environment')
            [CompletionResult]::new('--deployment-artifacts', '--deployment-artifacts', [CompletionResultType]::ParameterName, 'The S3 bucket of its deployment artifacts')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;backend-env;get' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--environment-name', '--environment-name', [CompletionResultType]::ParameterName, 'Backend environment name (instead of ENVIRONMENT)')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Backend environment name (instead of ENVIRONMENT)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;backend-env;list' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--environment-name', '--environment-name', [CompletionResultType]::ParameterName, 'Only the environment of this name')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Only the environment of this name')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Return at most N items, with a NextToken to resume from')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken of an earlier --max-items run')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;backend-env;ls' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--environment-name', '--environment-name', [CompletionResultType]::ParameterName, 'Only the environment of this name')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Only the environment of this name')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Return at most N items, with a NextToken to resume from')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken of an earlier --max-items run')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;backend-env;delete' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--environment-name', '--environment-name', [CompletionResultType]::ParameterName, 'Backend environment name (instead of ENVIRONMENT)')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Backend environment name (instead of ENVIRONMENT)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;backend-env;rm' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--environment-name', '--environment-name', [CompletionResultType]::ParameterName, 'Backend environment name (instead of ENVIRONMENT)')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Backend environment name (instead of ENVIRONMENT)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;backend-env;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a backend environment (CreateBackendEnvironment)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a backend environment (GetBackendEnvironment)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an app''s backend environments (ListBackendEnvironments)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a backend environment (DeleteBackendEnvironment)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;backend-env;help;create' {
            break
        }
        'amphost;backend-env;help;get' {
            break
        }
        'amphost;backend-env;help;list' {
            break
        }
        'amphost;backend-env;help;delete' {
            break
        }
        'amphost;backend-env;help;help' {
            break
        }
        'amphost;tag' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a resource''s tags (ListTagsForResource)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Show a resource''s tags (ListTagsForResource)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or change tags (TagResource): `tag add --app A KEY=VALUE…`')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove tags by key (UntagResource): `tag remove --app A KEY…`')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove tags by key (UntagResource): `tag remove --app A KEY…`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;tag;list' {
            [CompletionResult]::new('--resource-arn', '--resource-arn', [CompletionResultType]::ParameterName, 'Any Amplify ARN (arn:aws:amplify:…)')
            [CompletionResult]::new('--arn', '--arn', [CompletionResultType]::ParameterName, 'Any Amplify ARN (arn:aws:amplify:…)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'A branch of the app')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'A branch of the app')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;tag;ls' {
            [CompletionResult]::new('--resource-arn', '--resource-arn', [CompletionResultType]::ParameterName, 'Any Amplify ARN (arn:aws:amplify:…)')
            [CompletionResult]::new('--arn', '--arn', [CompletionResultType]::ParameterName, 'Any Amplify ARN (arn:aws:amplify:…)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'A branch of the app')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'A branch of the app')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;tag;add' {
            [CompletionResult]::new('--resource-arn', '--resource-arn', [CompletionResultType]::ParameterName, 'Any Amplify ARN (arn:aws:amplify:…)')
            [CompletionResult]::new('--arn', '--arn', [CompletionResultType]::ParameterName, 'Any Amplify ARN (arn:aws:amplify:…)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'A branch of the app')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'A branch of the app')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;tag;remove' {
            [CompletionResult]::new('--resource-arn', '--resource-arn', [CompletionResultType]::ParameterName, 'Any Amplify ARN (arn:aws:amplify:…)')
            [CompletionResult]::new('--arn', '--arn', [CompletionResultType]::ParameterName, 'Any Amplify ARN (arn:aws:amplify:…)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'A branch of the app')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'A branch of the app')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;tag;rm' {
            [CompletionResult]::new('--resource-arn', '--resource-arn', [CompletionResultType]::ParameterName, 'Any Amplify ARN (arn:aws:amplify:…)')
            [CompletionResult]::new('--arn', '--arn', [CompletionResultType]::ParameterName, 'Any Amplify ARN (arn:aws:amplify:…)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'A branch of the app')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'A branch of the app')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;tag;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a resource''s tags (ListTagsForResource)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or change tags (TagResource): `tag add --app A KEY=VALUE…`')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove tags by key (UntagResource): `tag remove --app A KEY…`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;tag;help;list' {
            break
        }
        'amphost;tag;help;add' {
            break
        }
        'amphost;tag;help;remove' {
            break
        }
        'amphost;tag;help;help' {
            break
        }
        'amphost;preview' {
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Redirect and rewrite rules, as the API takes them: a JSON list, file://rules.json, or shorthand (`[{source=/a,target=/b}]`); repeatable, the rules joined in order')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Custom headers YAML (customHttp.yml): file://PATH or the text')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Take rules, headers and basic auth from this app (ID or name)')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Take rules, headers and basic auth from this app (ID or name)')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'With --app: this branch''s basic auth, and its deployment when no DIR is given')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'With --app: this branch''s basic auth, and its deployment when no DIR is given')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'The visitor''s country, for rules with a condition like <US>')
            [CompletionResult]::new('--basic-auth', '--basic-auth', [CompletionResultType]::ParameterName, 'Ask for this password, USER:PASSWORD (overrides the app''s)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Address to listen on (keep it loopback unless you mean to share it)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0: any free port)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print what would answer each PATH and why, without serving; a full URL (https://mydomain.com/guide) is asked at its host, for domain rules')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--files-first', '--files-first', [CompletionResultType]::ParameterName, 'Existing files win over every rule (instead of 200/301/302 rules shadowing them)')
            [CompletionResult]::new('--allow-secrets', '--allow-secrets', [CompletionResultType]::ParameterName, 'Serve files that look like they hold secrets (.env, keys), as `deploy --allow-secrets` would publish them; without it they answer 404, as the deploy would be refused')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;init' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app this folder deploys to: an ID or a name (checked to exist)')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The app this folder deploys to: an ID or a name (checked to exist)')
            [CompletionResult]::new('--create-app', '--create-app', [CompletionResultType]::ParameterName, 'Create a new app of this name (CreateApp, platform WEB) and record it')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'The production branch: `amphost deploy`''s default [default: main]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'The production branch: `amphost deploy`''s default [default: main]')
            [CompletionResult]::new('--folder', '--folder', [CompletionResultType]::ParameterName, 'The folder `amphost deploy` uploads [default: the first of dist, build, out, public, _site holding an index.html, else .]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an amphost.toml that is already there')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;link' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name (instead of APP)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;status' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;open' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Branch whose site to open [default: AMPHOST_BRANCH, else the project''s branch, else the app''s production branch]')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch whose site to open [default: AMPHOST_BRANCH, else the project''s branch, else the app''s production branch]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--console', '--console', [CompletionResultType]::ParameterName, 'Open the app''s page in the AWS console instead of the site')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;rules' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write the app''s custom rules to the rules file (JSON, or TOML for a .toml file)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `push` would change; exit 1 when the app differs from the file (drift)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Replace the app''s custom rules with the file''s, after showing the diff and asking')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Check what the rules answer for a file of requests; exit 1 on a mismatch')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Find rules that never match, catch-alls that hide files or rules, loops and more')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Translate Netlify or Vercel redirects, or a CSV, into Amplify rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;rules;pull' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The rules file [default: amphost.toml''s `rules`, else amplify-rules.json]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;rules;diff' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The rules file [default: amphost.toml''s `rules`, else amplify-rules.json]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;rules;push' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The rules file [default: amphost.toml''s `rules`, else amplify-rules.json]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--no-lint', '--no-lint', [CompletionResultType]::ParameterName, 'Push even when `rules lint` finds errors (the checks are skipped)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;rules;test' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Check the rules of this app (GetApp) instead of the rules file')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Check the rules of this app (GetApp) instead of the rules file')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The rules file [default: amphost.toml''s `rules`, else amplify-rules.json]')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The deploy folder (or .zip) whose files the rules answer with [default: amphost.toml''s `folder`]')
            [CompletionResult]::new('--against', '--against', [CompletionResultType]::ParameterName, 'Also fetch each case from this live site (the branch''s URL) and compare its answers')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once with --against')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of each request with --against')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;rules;lint' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Check the rules of this app (GetApp) instead of the rules file')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Check the rules of this app (GetApp) instead of the rules file')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The rules file [default: amphost.toml''s `rules`, else amplify-rules.json]')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The deploy folder (or .zip) whose files the rules answer with [default: amphost.toml''s `folder`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;rules;import' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Its format, when its name does not say')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the rules here [default: the project''s rules file]; .toml writes TOML')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;rules;help' {
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write the app''s custom rules to the rules file (JSON, or TOML for a .toml file)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `push` would change; exit 1 when the app differs from the file (drift)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Replace the app''s custom rules with the file''s, after showing the diff and asking')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Check what the rules answer for a file of requests; exit 1 on a mismatch')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Find rules that never match, catch-alls that hide files or rules, loops and more')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Translate Netlify or Vercel redirects, or a CSV, into Amplify rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;rules;help;pull' {
            break
        }
        'amphost;rules;help;diff' {
            break
        }
        'amphost;rules;help;push' {
            break
        }
        'amphost;rules;help;test' {
            break
        }
        'amphost;rules;help;lint' {
            break
        }
        'amphost;rules;help;import' {
            break
        }
        'amphost;rules;help;help' {
            break
        }
        'amphost;headers' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write the app''s custom headers to the headers file (customHttp.yml)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `push` would change (a line diff); exit 1 when the app differs from the file')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Replace the app''s custom headers with the file''s, after showing the diff and asking')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;headers;pull' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The headers file [default: amphost.toml''s `headers`, else customHttp.yml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;headers;diff' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The headers file [default: amphost.toml''s `headers`, else customHttp.yml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;headers;push' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'App ID or name [default: AMPHOST_APP, else the project''s app]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The headers file [default: amphost.toml''s `headers`, else customHttp.yml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;headers;help' {
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write the app''s custom headers to the headers file (customHttp.yml)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `push` would change (a line diff); exit 1 when the app differs from the file')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Replace the app''s custom headers with the file''s, after showing the diff and asking')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;headers;help;pull' {
            break
        }
        'amphost;headers;help;diff' {
            break
        }
        'amphost;headers;help;push' {
            break
        }
        'amphost;headers;help;help' {
            break
        }
        'amphost;emulator' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Address to listen on (keep it loopback unless you mean to share it)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0: any free port; the URL is printed on stdout)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where state is kept [default: $XDG_DATA_HOME/amphost/emulator]')
            [CompletionResult]::new('--credentials', '--credentials', [CompletionResultType]::ParameterName, 'An accepted key pair, KEY:SECRET (repeatable; test:test is always accepted)')
            [CompletionResult]::new('--job-step-duration', '--job-step-duration', [CompletionResultType]::ParameterName, 'How long each simulated job step takes')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'The account ID in ARNs')
            [CompletionResult]::new('--max-apps', '--max-apps', [CompletionResultType]::ParameterName, 'Most apps the account may hold (LimitExceededException beyond)')
            [CompletionResult]::new('--max-branches-per-app', '--max-branches-per-app', [CompletionResultType]::ParameterName, 'Most branches an app may hold, as on Amplify (LimitExceededException beyond)')
            [CompletionResult]::new('--max-upload-bytes', '--max-upload-bytes', [CompletionResultType]::ParameterName, 'Largest upload accepted, in bytes (413 beyond)')
            [CompletionResult]::new('--max-expanded-bytes', '--max-expanded-bytes', [CompletionResultType]::ParameterName, 'Most a deployment''s archive may expand to, in bytes (beyond: the job fails, zip bomb)')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'Where s3:// deployment sources are read (an S3-compatible server) [env: AWS_ENDPOINT_URL_S3]')
            [CompletionResult]::new('--fetch-timeout', '--fetch-timeout', [CompletionResultType]::ParameterName, 'How long a deployment''s sourceUrl may send nothing before its job fails')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--no-verify-signatures', '--no-verify-signatures', [CompletionResultType]::ParameterName, 'Accept unsigned and wrongly signed requests (for clients that cannot sign)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;completions' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The project file [default: the first amphost.toml here or above]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath expression applied to the JSON result before rendering')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time allowed to connect')
            [CompletionResult]::new('--read-timeout', '--read-timeout', [CompletionResultType]::ParameterName, 'Time allowed between bytes of a response')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]')
            [CompletionResult]::new('--static', '--static', [CompletionResultType]::ParameterName, 'The static script (commands and options only, no names asked of the service)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the embedded emulator: no AWS account, no network, state kept on disk')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive verbs without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: a line per request (status, time, request id) and per retry')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request and response on stderr, secrets redacted')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars or spinners')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'amphost;help' {
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'Apps: create, get, list, update, delete; environment variables')
            [CompletionResult]::new('branch', 'branch', [CompletionResultType]::ParameterValue, 'Branches of an app')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Deploy a folder, a zip or a URL and follow the job to a live site')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Run the app''s build spec (amplify.yml) here, as Amplify would, and collect its artifacts')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Deploy a branch''s previous deployment (or a job''s) again, with nothing uploaded')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Deploy the deployment live on one branch to another (staging to main)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Compare the live site with what was deployed: files, headers, rules (exit 6 if they differ)')
            [CompletionResult]::new('job', 'job', [CompletionResultType]::ParameterValue, 'Build and deployment jobs: start, watch, logs, artifacts')
            [CompletionResult]::new('domain', 'domain', [CompletionResultType]::ParameterValue, 'Custom domains and the DNS records they need')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Incoming webhooks that start builds')
            [CompletionResult]::new('backend-env', 'backend-env', [CompletionResultType]::ParameterValue, 'Backend environments of an app')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Tags on apps, branches and other Amplify resources')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Serve a folder or a deployed branch locally with Amplify''s rules, headers and basic auth')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Tie this folder to an app: write amphost.toml (app, branch, folder; asked on a terminal)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Record the app of this folder''s amphost.toml (the file is created if missing)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The linked app at a glance: its URL, each branch with its latest job, its domains')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open the branch''s site, or the app''s page in the AWS console, in the browser')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'The app''s redirects and rewrites as code: pull, diff, push; import from Netlify or Vercel')
            [CompletionResult]::new('headers', 'headers', [CompletionResultType]::ParameterValue, 'The app''s custom headers (customHttp.yml) as code: pull, diff, push')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run the local Amplify Hosting emulator as a server')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell''s completion script (app, branch and job names included)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'amphost;help;app' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an app (CreateApp)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an app (GetApp)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List apps (ListApps), all pages')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an app''s settings (UpdateApp); only the settings given are sent')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an app and everything in it (DeleteApp)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Environment variables: list, set, unset (merging: others are kept); import, export, diff')
            [CompletionResult]::new('access-logs', 'access-logs', [CompletionResultType]::ParameterValue, 'Download a domain''s access logs for a time window (GenerateAccessLogs)')
            break
        }
        'amphost;help;app;create' {
            break
        }
        'amphost;help;app;get' {
            break
        }
        'amphost;help;app;list' {
            break
        }
        'amphost;help;app;update' {
            break
        }
        'amphost;help;app;delete' {
            break
        }
        'amphost;help;app;env' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show the environment variables of an app (or of one branch with --branch)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set variables, keeping the others: `app env set --app A KEY=VALUE…`')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove variables, keeping the others: `app env unset --app A KEY…`')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a dotenv file: its variables merged in, others kept (--replace: only the file''s)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the variables as a dotenv file (or JSON), sorted by name')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the variables with a dotenv file, by name only; exit 1 when they differ')
            break
        }
        'amphost;help;app;env;list' {
            break
        }
        'amphost;help;app;env;set' {
            break
        }
        'amphost;help;app;env;unset' {
            break
        }
        'amphost;help;app;env;import' {
            break
        }
        'amphost;help;app;env;export' {
            break
        }
        'amphost;help;app;env;diff' {
            break
        }
        'amphost;help;app;access-logs' {
            break
        }
        'amphost;help;branch' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a branch (CreateBranch)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a branch (GetBranch)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an app''s branches (ListBranches), all pages')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a branch''s settings (UpdateBranch); only the settings given are sent')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a branch (DeleteBranch)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete the branches matching a glob with no activity for a while (preview branches)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'A branch''s own environment variables: list, set, unset, import, export, diff')
            break
        }
        'amphost;help;branch;create' {
            break
        }
        'amphost;help;branch;get' {
            break
        }
        'amphost;help;branch;list' {
            break
        }
        'amphost;help;branch;update' {
            break
        }
        'amphost;help;branch;delete' {
            break
        }
        'amphost;help;branch;prune' {
            break
        }
        'amphost;help;branch;env' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a branch''s own variables (they override the app''s)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set variables of the branch, keeping the others')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove variables of the branch, keeping the others')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a dotenv file into the branch: merged in, others kept (--replace: only the file''s)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the branch''s variables as a dotenv file (or JSON), sorted by name')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the branch''s variables with a dotenv file, by name only; exit 1 when they differ')
            break
        }
        'amphost;help;branch;env;list' {
            break
        }
        'amphost;help;branch;env;set' {
            break
        }
        'amphost;help;branch;env;unset' {
            break
        }
        'amphost;help;branch;env;import' {
            break
        }
        'amphost;help;branch;env;export' {
            break
        }
        'amphost;help;branch;env;diff' {
            break
        }
        'amphost;help;deploy' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A branch''s deployments: when, status, who, commit, what changed, which is live')
            break
        }
        'amphost;help;deploy;list' {
            break
        }
        'amphost;help;build' {
            break
        }
        'amphost;help;rollback' {
            break
        }
        'amphost;help;promote' {
            break
        }
        'amphost;help;verify' {
            break
        }
        'amphost;help;job' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a job (StartJob): a release, a retry of a failed job, a manual or webhook build')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a job and its steps (GetJob; the branch''s newest job by default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a branch''s jobs, newest first (ListJobs)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a pending or running job (StopJob)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a finished job (DeleteJob)')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a job until it ends, step by step (the branch''s newest job by default)')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Print a job''s step logs (the branch''s newest job by default)')
            [CompletionResult]::new('artifacts', 'artifacts', [CompletionResultType]::ParameterValue, 'A job''s artifacts (ListArtifacts, GetArtifactUrl)')
            break
        }
        'amphost;help;job;start' {
            break
        }
        'amphost;help;job;get' {
            break
        }
        'amphost;help;job;list' {
            break
        }
        'amphost;help;job;stop' {
            break
        }
        'amphost;help;job;delete' {
            break
        }
        'amphost;help;job;watch' {
            break
        }
        'amphost;help;job;logs' {
            break
        }
        'amphost;help;job;artifacts' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a job''s artifacts (ListArtifacts; the branch''s newest job by default)')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download artifacts: one by --artifact-id (GetArtifactUrl), or all of a job''s (the branch''s newest job by default)')
            break
        }
        'amphost;help;job;artifacts;list' {
            break
        }
        'amphost;help;job;artifacts;download' {
            break
        }
        'amphost;help;domain' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Connect a custom domain (CreateDomainAssociation) and show the DNS records to set')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a domain, its status and its DNS records (GetDomainAssociation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an app''s domains (ListDomainAssociations)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change sub-domains or certificate (UpdateDomainAssociation)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Disconnect a domain (DeleteDomainAssociation)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the domain is AVAILABLE (exit 3 if it fails, 5 on --timeout)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the DNS records the domain needs, at each resolver (exit 1 until all are right)')
            break
        }
        'amphost;help;domain;create' {
            break
        }
        'amphost;help;domain;get' {
            break
        }
        'amphost;help;domain;list' {
            break
        }
        'amphost;help;domain;update' {
            break
        }
        'amphost;help;domain;delete' {
            break
        }
        'amphost;help;domain;wait' {
            break
        }
        'amphost;help;domain;doctor' {
            break
        }
        'amphost;help;webhook' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a webhook that builds a branch when called (CreateWebhook)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a webhook (GetWebhook)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an app''s webhooks (ListWebhooks)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a webhook''s branch or description (UpdateWebhook)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a webhook (DeleteWebhook)')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Call a webhook''s URL, as a git provider would, and show the job it starts')
            break
        }
        'amphost;help;webhook;create' {
            break
        }
        'amphost;help;webhook;get' {
            break
        }
        'amphost;help;webhook;list' {
            break
        }
        'amphost;help;webhook;update' {
            break
        }
        'amphost;help;webhook;delete' {
            break
        }
        'amphost;help;webhook;trigger' {
            break
        }
        'amphost;help;backend-env' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a backend environment (CreateBackendEnvironment)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a backend environment (GetBackendEnvironment)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an app''s backend environments (ListBackendEnvironments)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a backend environment (DeleteBackendEnvironment)')
            break
        }
        'amphost;help;backend-env;create' {
            break
        }
        'amphost;help;backend-env;get' {
            break
        }
        'amphost;help;backend-env;list' {
            break
        }
        'amphost;help;backend-env;delete' {
            break
        }
        'amphost;help;tag' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a resource''s tags (ListTagsForResource)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or change tags (TagResource): `tag add --app A KEY=VALUE…`')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove tags by key (UntagResource): `tag remove --app A KEY…`')
            break
        }
        'amphost;help;tag;list' {
            break
        }
        'amphost;help;tag;add' {
            break
        }
        'amphost;help;tag;remove' {
            break
        }
        'amphost;help;preview' {
            break
        }
        'amphost;help;init' {
            break
        }
        'amphost;help;link' {
            break
        }
        'amphost;help;status' {
            break
        }
        'amphost;help;open' {
            break
        }
        'amphost;help;rules' {
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write the app''s custom rules to the rules file (JSON, or TOML for a .toml file)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `push` would change; exit 1 when the app differs from the file (drift)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Replace the app''s custom rules with the file''s, after showing the diff and asking')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Check what the rules answer for a file of requests; exit 1 on a mismatch')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Find rules that never match, catch-alls that hide files or rules, loops and more')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Translate Netlify or Vercel redirects, or a CSV, into Amplify rules')
            break
        }
        'amphost;help;rules;pull' {
            break
        }
        'amphost;help;rules;diff' {
            break
        }
        'amphost;help;rules;push' {
            break
        }
        'amphost;help;rules;test' {
            break
        }
        'amphost;help;rules;lint' {
            break
        }
        'amphost;help;rules;import' {
            break
        }
        'amphost;help;headers' {
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write the app''s custom headers to the headers file (customHttp.yml)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `push` would change (a line diff); exit 1 when the app differs from the file')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Replace the app''s custom headers with the file''s, after showing the diff and asking')
            break
        }
        'amphost;help;headers;pull' {
            break
        }
        'amphost;help;headers;diff' {
            break
        }
        'amphost;help;headers;push' {
            break
        }
        'amphost;help;emulator' {
            break
        }
        'amphost;help;completions' {
            break
        }
        'amphost;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
