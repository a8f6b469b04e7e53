# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_amphost_global_optspecs
    string join \n config= profile= region= endpoint-url= local o/output= query= q/quiet v/verbose debug color= no-progress y/yes max-attempts= connect-timeout= read-timeout= h/help V/version
end

function __fish_amphost_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_amphost_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_amphost_using_subcommand
    set -l cmd (__fish_amphost_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c amphost -n "__fish_amphost_needs_command" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_needs_command" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_needs_command" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_needs_command" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_needs_command" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_needs_command" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_needs_command" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_needs_command" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_needs_command" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_needs_command" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_needs_command" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_needs_command" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_needs_command" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_needs_command" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_needs_command" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_needs_command" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "app" -d 'Apps: create, get, list, update, delete; environment variables'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "branch" -d 'Branches of an app'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "deploy" -d 'Deploy a folder, a zip or a URL and follow the job to a live site'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "build" -d 'Run the app\'s build spec (amplify.yml) here, as Amplify would, and collect its artifacts'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "rollback" -d 'Deploy a branch\'s previous deployment (or a job\'s) again, with nothing uploaded'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "promote" -d 'Deploy the deployment live on one branch to another (staging to main)'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "verify" -d 'Compare the live site with what was deployed: files, headers, rules (exit 6 if they differ)'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "job" -d 'Build and deployment jobs: start, watch, logs, artifacts'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "domain" -d 'Custom domains and the DNS records they need'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "webhook" -d 'Incoming webhooks that start builds'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "backend-env" -d 'Backend environments of an app'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "tag" -d 'Tags on apps, branches and other Amplify resources'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "preview" -d 'Serve a folder or a deployed branch locally with Amplify\'s rules, headers and basic auth'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "init" -d 'Tie this folder to an app: write amphost.toml (app, branch, folder; asked on a terminal)'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "link" -d 'Record the app of this folder\'s amphost.toml (the file is created if missing)'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "status" -d 'The linked app at a glance: its URL, each branch with its latest job, its domains'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "open" -d 'Open the branch\'s site, or the app\'s page in the AWS console, in the browser'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "rules" -d 'The app\'s redirects and rewrites as code: pull, diff, push; import from Netlify or Vercel'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "headers" -d 'The app\'s custom headers (customHttp.yml) as code: pull, diff, push'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "emulator" -d 'Run the local Amplify Hosting emulator as a server'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "completions" -d 'Print the shell\'s completion script (app, branch and job names included)'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -f -a "create" -d 'Create an app (CreateApp)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -f -a "get" -d 'Show an app (GetApp)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -f -a "list" -d 'List apps (ListApps), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -f -a "ls" -d 'List apps (ListApps), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -f -a "update" -d 'Change an app\'s settings (UpdateApp); only the settings given are sent'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -f -a "delete" -d 'Delete an app and everything in it (DeleteApp)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -f -a "rm" -d 'Delete an app and everything in it (DeleteApp)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -f -a "env" -d 'Environment variables: list, set, unset (merging: others are kept); import, export, diff'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -f -a "access-logs" -d 'Download a domain\'s access logs for a time window (GenerateAccessLogs)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env access-logs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l name -d 'The app\'s name (instead of NAME)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l env -d 'An environment variable, KEY=VALUE (repeatable)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l tag -d 'A tag, KEY=VALUE (repeatable)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l description -d 'A description of the app' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l repository -d 'Git repository URL (for apps built from a repository)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l platform -d 'WEB for static sites, WEB_COMPUTE for server-side rendering (WEB_DYNAMIC: older SSR)' -r -f -a "WEB\t''
WEB_DYNAMIC\t''
WEB_COMPUTE\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l compute-role-arn -d 'IAM role the app\'s SSR compute assumes to reach other AWS services' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l iam-service-role-arn -d 'IAM service role of the app (used by builds and backend deployments)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l oauth-token -d 'OAuth token for the repository (text or file://PATH)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l access-token -d 'GitHub personal access token (text or file://PATH)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l environment-variables -d 'All environment variables at once, replacing any there are: JSON or file://PATH' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l enable-branch-auto-build -d 'Build branches automatically on each commit (=false to turn it off)' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l enable-branch-auto-deletion -d 'Disconnect branches from the app when they are deleted from the repository' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l enable-basic-auth -d 'Require a password (with --basic-auth)' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l basic-auth -d 'Basic-auth credentials, USER:PASSWORD (encoded for you; turns basic auth on unless --enable-basic-auth=false)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l custom-rules -d 'Redirect and rewrite rules: a JSON list, file://rules.json, or shorthand (`source=/a,target=/b,status=301` for one rule, `[{source=/a,target=/b},{…}]`); repeatable, the rules joined in order' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l build-spec -d 'Build specification YAML (text or file://amplify.yml)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l custom-headers -d 'Custom headers YAML (text or file://customHttp.yml)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l enable-auto-branch-creation -d 'Connect new branches matching --auto-branch-creation-patterns automatically' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l auto-branch-creation-patterns -d 'Glob patterns of branches to connect automatically: comma-separated, repeated, or a list (`[main,dev/*]`, JSON); `[]` clears them' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l auto-branch-creation-config -d 'Settings for auto-created branches: JSON, file://PATH or key=value,…' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l job-config -d 'Build compute: JSON or buildComputeType=STANDARD_8GB|LARGE_16GB|XLARGE_72GB' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l cache-config -d 'Cache: JSON or type=AMPLIFY_MANAGED|AMPLIFY_MANAGED_NO_COOKIES' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l allow-duplicate -d 'Create the app even if another app already has this name (every command that names it is then ambiguous: address the apps by ID)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l app -l app-id -d 'App ID or name (instead of APP)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l app -l app-id -d 'App ID or name (instead of APP)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l name -d 'A new name for the app' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l description -d 'A description of the app' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l repository -d 'Git repository URL (for apps built from a repository)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l platform -d 'WEB for static sites, WEB_COMPUTE for server-side rendering (WEB_DYNAMIC: older SSR)' -r -f -a "WEB\t''
WEB_DYNAMIC\t''
WEB_COMPUTE\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l compute-role-arn -d 'IAM role the app\'s SSR compute assumes to reach other AWS services' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l iam-service-role-arn -d 'IAM service role of the app (used by builds and backend deployments)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l oauth-token -d 'OAuth token for the repository (text or file://PATH)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l access-token -d 'GitHub personal access token (text or file://PATH)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l environment-variables -d 'All environment variables at once, replacing any there are: JSON or file://PATH' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l enable-branch-auto-build -d 'Build branches automatically on each commit (=false to turn it off)' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l enable-branch-auto-deletion -d 'Disconnect branches from the app when they are deleted from the repository' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l enable-basic-auth -d 'Require a password (with --basic-auth)' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l basic-auth -d 'Basic-auth credentials, USER:PASSWORD (encoded for you; turns basic auth on unless --enable-basic-auth=false)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l custom-rules -d 'Redirect and rewrite rules: a JSON list, file://rules.json, or shorthand (`source=/a,target=/b,status=301` for one rule, `[{source=/a,target=/b},{…}]`); repeatable, the rules joined in order' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l build-spec -d 'Build specification YAML (text or file://amplify.yml)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l custom-headers -d 'Custom headers YAML (text or file://customHttp.yml)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l enable-auto-branch-creation -d 'Connect new branches matching --auto-branch-creation-patterns automatically' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l auto-branch-creation-patterns -d 'Glob patterns of branches to connect automatically: comma-separated, repeated, or a list (`[main,dev/*]`, JSON); `[]` clears them' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l auto-branch-creation-config -d 'Settings for auto-created branches: JSON, file://PATH or key=value,…' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l job-config -d 'Build compute: JSON or buildComputeType=STANDARD_8GB|LARGE_16GB|XLARGE_72GB' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l cache-config -d 'Cache: JSON or type=AMPLIFY_MANAGED|AMPLIFY_MANAGED_NO_COOKIES' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l allow-duplicate -d 'Rename the app even if another app already has the name'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l app -l app-id -d 'App ID or name (instead of APP)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l app -l app-id -d 'App ID or name (instead of APP)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -f -a "list" -d 'Show the environment variables of an app (or of one branch with --branch)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -f -a "ls" -d 'Show the environment variables of an app (or of one branch with --branch)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -f -a "set" -d 'Set variables, keeping the others: `app env set --app A KEY=VALUE…`'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -f -a "unset" -d 'Remove variables, keeping the others: `app env unset --app A KEY…`'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -f -a "import" -d 'Import a dotenv file: its variables merged in, others kept (--replace: only the file\'s)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -f -a "export" -d 'Print the variables as a dotenv file (or JSON), sorted by name'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -f -a "diff" -d 'Compare the variables with a dotenv file, by name only; exit 1 when they differ'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l app -l app-id -d 'App ID or name (instead of APP)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l domain-name -l domain -d 'The custom domain whose requests to list' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l start -l start-time -d 'Start of the window: RFC 3339, epoch seconds or a duration ago (1h) [default: 1h before --end]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l end -l end-time -d 'End of the window [default: now]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -s O -l out -d 'Write the CSV here instead of stdout' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l force -d 'Replace the --out file if it exists (else refused, exit 2)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from access-logs" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an app (CreateApp)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show an app (GetApp)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "list" -d 'List apps (ListApps), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an app\'s settings (UpdateApp); only the settings given are sent'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an app and everything in it (DeleteApp)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "env" -d 'Environment variables: list, set, unset (merging: others are kept); import, export, diff'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "access-logs" -d 'Download a domain\'s access logs for a time window (GenerateAccessLogs)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -f -a "create" -d 'Create a branch (CreateBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -f -a "get" -d 'Show a branch (GetBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -f -a "list" -d 'List an app\'s branches (ListBranches), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -f -a "ls" -d 'List an app\'s branches (ListBranches), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -f -a "update" -d 'Change a branch\'s settings (UpdateBranch); only the settings given are sent'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -f -a "delete" -d 'Delete a branch (DeleteBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -f -a "rm" -d 'Delete a branch (DeleteBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -f -a "prune" -d 'Delete the branches matching a glob with no activity for a while (preview branches)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -f -a "env" -d 'A branch\'s own environment variables: list, set, unset, import, export, diff'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm prune env help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l branch -l branch-name -d 'Branch name (instead of BRANCH)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l env -d 'An environment variable, KEY=VALUE (repeatable)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l tag -d 'A tag, KEY=VALUE (repeatable)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l description -d 'A description of the branch' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l stage -d 'What the branch is for (PRODUCTION, BETA, DEVELOPMENT, EXPERIMENTAL, PULL_REQUEST)' -r -f -a "PRODUCTION\t''
BETA\t''
DEVELOPMENT\t''
EXPERIMENTAL\t''
PULL_REQUEST\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l framework -d 'The branch\'s framework, as shown in the console (e.g. React, Next.js - SSR)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l display-name -d 'The name shown for the branch, also its default sub-domain prefix' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l enable-notification -d 'Email notifications for the branch\'s jobs (=false to turn them off)' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l enable-auto-build -d 'Build the branch on each commit (=false to turn it off)' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l enable-skew-protection -d 'Skew protection: a visitor keeps getting the assets of the deployment first loaded' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l environment-variables -d 'All environment variables at once, replacing any there are: JSON or file://PATH' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l enable-basic-auth -d 'Require a password (with --basic-auth)' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l basic-auth -d 'Basic-auth credentials, USER:PASSWORD (encoded for you; turns basic auth on unless --enable-basic-auth=false)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l enable-performance-mode -d 'Performance mode: content kept longer at the edge (longer to update after a deploy)' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l build-spec -d 'Build specification YAML (text or file://amplify.yml)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l ttl -d 'Content TTL in seconds' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l enable-pull-request-preview -d 'Build a preview of each pull request to this branch' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l pull-request-environment-name -d 'The backend environment pull-request previews use' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l backend-environment-arn -d 'The backend environment linked to the branch (Gen 1 backends)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l backend -d 'Backend: JSON or stackArn=ARN' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l compute-role-arn -d 'IAM role the branch\'s SSR compute assumes (instead of the app\'s)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l branch -l branch-name -d 'Branch name (instead of BRANCH)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l branch -l branch-name -d 'Branch name (instead of BRANCH)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l description -d 'A description of the branch' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l stage -d 'What the branch is for (PRODUCTION, BETA, DEVELOPMENT, EXPERIMENTAL, PULL_REQUEST)' -r -f -a "PRODUCTION\t''
BETA\t''
DEVELOPMENT\t''
EXPERIMENTAL\t''
PULL_REQUEST\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l framework -d 'The branch\'s framework, as shown in the console (e.g. React, Next.js - SSR)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l display-name -d 'The name shown for the branch, also its default sub-domain prefix' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l enable-notification -d 'Email notifications for the branch\'s jobs (=false to turn them off)' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l enable-auto-build -d 'Build the branch on each commit (=false to turn it off)' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l enable-skew-protection -d 'Skew protection: a visitor keeps getting the assets of the deployment first loaded' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l environment-variables -d 'All environment variables at once, replacing any there are: JSON or file://PATH' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l enable-basic-auth -d 'Require a password (with --basic-auth)' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l basic-auth -d 'Basic-auth credentials, USER:PASSWORD (encoded for you; turns basic auth on unless --enable-basic-auth=false)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l enable-performance-mode -d 'Performance mode: content kept longer at the edge (longer to update after a deploy)' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l build-spec -d 'Build specification YAML (text or file://amplify.yml)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l ttl -d 'Content TTL in seconds' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l enable-pull-request-preview -d 'Build a preview of each pull request to this branch' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l pull-request-environment-name -d 'The backend environment pull-request previews use' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l backend-environment-arn -d 'The backend environment linked to the branch (Gen 1 backends)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l backend -d 'Backend: JSON or stackArn=ARN' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l compute-role-arn -d 'IAM role the branch\'s SSR compute assumes (instead of the app\'s)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l branch -l branch-name -d 'Branch name (instead of BRANCH)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l branch -l branch-name -d 'Branch name (instead of BRANCH)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l pattern -d 'The branches to consider: a glob of their names (\'pr-*\', \'feature/*\')' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l older-than -d 'Delete only the branches with no activity for this long (14d, 36h)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l dry-run -d 'List the branches that would be deleted, and delete nothing'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -f -a "list" -d 'Show a branch\'s own variables (they override the app\'s)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -f -a "ls" -d 'Show a branch\'s own variables (they override the app\'s)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -f -a "set" -d 'Set variables of the branch, keeping the others'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -f -a "unset" -d 'Remove variables of the branch, keeping the others'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -f -a "import" -d 'Import a dotenv file into the branch: merged in, others kept (--replace: only the file\'s)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -f -a "export" -d 'Print the branch\'s variables as a dotenv file (or JSON), sorted by name'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -f -a "diff" -d 'Compare the branch\'s variables with a dotenv file, by name only; exit 1 when they differ'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from env" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a branch (CreateBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a branch (GetBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "list" -d 'List an app\'s branches (ListBranches), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a branch\'s settings (UpdateBranch); only the settings given are sent'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a branch (DeleteBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Delete the branches matching a glob with no activity for a while (preview branches)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "env" -d 'A branch\'s own environment variables: list, set, unset, import, export, diff'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else the project\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l branch -l branch-name -d 'Branch to deploy to [default: AMPHOST_BRANCH, else the project\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l source-url -d 'Deploy from a URL instead of uploading (s3://bucket/key.zip, https://…)' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l job-id -l job -d 'Start a deployment created earlier (CreateDeployment) whose upload is done' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l source-url-type -d 'What --source-url points at: ZIP (a .zip file) or BUCKET_PREFIX (a folder in S3)' -r -f -a "ZIP\t''
BUCKET_PREFIX\t''"
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l concurrency -d 'Parallel uploads with --file-map or --bucket, and parallel fetches with --verify' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l compression-level -d 'Deflate level of the zip, 0 (stored) to 9' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l bucket -d 'Keep every deployment in this bucket (s3://BUCKET/PREFIX): only changed files are uploaded, and rollback/promote need no upload [default: the project\'s `bucket`]' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -s m -l message -d 'Why this deployment (kept in its manifest; shown by `deploy list`), with --bucket' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l keep -d 'Deployments of the branch kept in the bucket (default 10); older ones are deleted after a success, never one live or next in line for a rollback on any branch (a deploy with --no-wait does not see the success, and deletes nothing)' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l spec -d 'With --build: the build spec to run [default: amphost.toml\'s [build] spec, else amplify.yml in the project\'s folder]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l timeout -d 'Give up waiting after this long (exit 5; the job keeps running)' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l file-map -d 'Upload file by file (MD5 file map, parallel PUTs) instead of one zip'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l create -d 'Create the app (for manual deploys) and/or the branch if missing'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l allow-secrets -d 'Publish files that look like secrets (.env, *.pem, *.key, id_rsa…) instead of refusing'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l zip -d 'With --bucket: one zip per deployment (sourceUrlType ZIP) instead of a folder of files'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l grant -d 'Add the statements Amplify needs to read the bucket to its policy (asks first; --yes)'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l verify -d 'Once the job succeeded, compare the live site with what was deployed (exit 6 if they differ)'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l build -d 'Run the build spec first (as `amphost build`: amplify.yml, or amphost.toml\'s [build]), then deploy the artifacts it collected [default: on when amphost.toml has [build]]'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l no-lint -d 'Deploy even when `rules lint` finds errors in the project\'s rules file (not checked)'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l cancel-pending -d 'Stop a pending or running job on the branch first, instead of refusing'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l no-wait -d 'Return once the deployment has started, printing its job ID'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l cancel-on-interrupt -d 'On Ctrl-C, stop the job instead of leaving it running'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -a "list" -d 'A branch\'s deployments: when, status, who, commit, what changed, which is live'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and not __fish_seen_subcommand_from list help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else the project\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l branch -l branch-name -d 'Branch [default: AMPHOST_BRANCH, else the project\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l bucket -d 'The bucket of the deployments\' manifests (s3://BUCKET/PREFIX) [default: the project\'s `bucket`; without one, the jobs alone]' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from help" -f -a "list" -d 'A branch\'s deployments: when, status, who, commit, what changed, which is live'
complete -c amphost -n "__fish_amphost_using_subcommand deploy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand build" -l spec -d 'The build spec to run [default: amphost.toml\'s [build] spec, else amplify.yml in the project\'s folder]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand build" -l app -l app-id -d 'App ID or name, for its environment variables [default: AMPHOST_APP, else the project\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand build" -l branch -l branch-name -d 'Branch: its variables, AWS_BRANCH and the output folder [default: AMPHOST_BRANCH, else the project\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand build" -l app-root -d 'The application of a monorepo spec (`applications:`) to build, by its appRoot [default: amphost.toml\'s [build] app_root, else AMPLIFY_MONOREPO_APP_ROOT]' -r
complete -c amphost -n "__fish_amphost_using_subcommand build" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand build" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand build" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand build" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand build" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand build" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand build" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand build" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand build" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand build" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand build" -l from-app -d 'Run the app\'s build spec instead of a file: the branch\'s buildSpec, else the app\'s'
complete -c amphost -n "__fish_amphost_using_subcommand build" -l no-remote-env -d 'Do not fetch the app\'s and branch\'s environment variables (no request is made)'
complete -c amphost -n "__fish_amphost_using_subcommand build" -l frontend-only -d 'Leave out the spec\'s backend phases'
complete -c amphost -n "__fish_amphost_using_subcommand build" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand build" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand build" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand build" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand build" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand build" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand build" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else the project\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l branch -l branch-name -d 'Branch to roll back [default: AMPHOST_BRANCH, else the project\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l to -d 'The job to go back to [default: the newest successful job before the live one]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l timeout -d 'Give up waiting after this long (exit 5; the job keeps running)' -r
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l cancel-pending -d 'Stop a pending or running job on the branch first, instead of refusing'
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l no-wait -d 'Return once the deployment has started, printing its job ID'
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l cancel-on-interrupt -d 'On Ctrl-C, stop the job instead of leaving it running'
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand rollback" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else the project\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l from -d 'The branch whose deployment is promoted' -r
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l to -d 'The branch to deploy it to' -r
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l job-id -l job -d 'The job of --from to promote [default: its newest successful job, the live one]' -r
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l timeout -d 'Give up waiting after this long (exit 5; the job keeps running)' -r
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand promote" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l cancel-pending -d 'Stop a pending or running job on the branch first, instead of refusing'
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l no-wait -d 'Return once the deployment has started, printing its job ID'
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l cancel-on-interrupt -d 'On Ctrl-C, stop the job instead of leaving it running'
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand promote" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand promote" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand promote" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand promote" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand promote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand promote" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l branch -l branch-name -d 'Branch name [default: AMPHOST_BRANCH, else amphost.toml\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l sample -d 'Check N files picked at random instead of every file (headers and rules are all checked)' -r
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l concurrency -d 'Paths fetched at a time' -r
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l timeout -d 'Time limit of each path, its whole answer read' -r
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l url -d 'Fetch from this address instead of the branch\'s URL (a custom domain, a CDN in front)' -r
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l bucket -d 'Without PATH: what the live deployment holds, from its manifest in this bucket (s3://BUCKET/PREFIX of a bucket deploy) [default: the project\'s `bucket` when it has no folder for the branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand verify" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand verify" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand verify" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand verify" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand verify" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand verify" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -f -a "start" -d 'Start a job (StartJob): a release, a retry of a failed job, a manual or webhook build'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -f -a "get" -d 'Show a job and its steps (GetJob; the branch\'s newest job by default)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -f -a "list" -d 'List a branch\'s jobs, newest first (ListJobs)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -f -a "ls" -d 'List a branch\'s jobs, newest first (ListJobs)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -f -a "stop" -d 'Stop a pending or running job (StopJob)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -f -a "delete" -d 'Delete a finished job (DeleteJob)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -f -a "rm" -d 'Delete a finished job (DeleteJob)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -f -a "watch" -d 'Follow a job until it ends, step by step (the branch\'s newest job by default)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -f -a "logs" -d 'Print a job\'s step logs (the branch\'s newest job by default)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -f -a "artifacts" -d 'A job\'s artifacts (ListArtifacts, GetArtifactUrl)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and not __fish_seen_subcommand_from start get list ls stop delete rm watch logs artifacts help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l branch -l branch-name -d 'Branch name [default: AMPHOST_BRANCH, else amphost.toml\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l job-type -d 'RELEASE builds the latest commit, RETRY runs a failed job again (give --job-id), MANUAL is for apps deployed by hand, WEBHOOK is what webhooks start' -r -f -a "RELEASE\t''
RETRY\t''
MANUAL\t''
WEB_HOOK\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l job-id -l job -d 'For RETRY: the job to retry' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l job-reason -d 'Why the job was started (kept with the job)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l commit-id -d 'The commit to record for the job (a git commit ID)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l commit-message -d 'The message of that commit' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l commit-time -d 'Commit time: RFC 3339, epoch seconds or a duration ago (1h)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l timeout -d 'With --wait: give up after this long (exit 5)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l wait -d 'Follow the job until it ends (exit 3 if it fails)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l branch -l branch-name -d 'Branch name [default: AMPHOST_BRANCH, else amphost.toml\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l job-id -l job -d 'Job ID (instead of JOB_ID)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l branch -l branch-name -d 'Branch name [default: AMPHOST_BRANCH, else amphost.toml\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l branch -l branch-name -d 'Branch name [default: AMPHOST_BRANCH, else amphost.toml\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l branch -l branch-name -d 'Branch name [default: AMPHOST_BRANCH, else amphost.toml\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l job-id -l job -d 'Job ID (instead of JOB_ID)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l branch -l branch-name -d 'Branch name [default: AMPHOST_BRANCH, else amphost.toml\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l job-id -l job -d 'Job ID (instead of JOB_ID)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l branch -l branch-name -d 'Branch name [default: AMPHOST_BRANCH, else amphost.toml\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l job-id -l job -d 'Job ID (instead of JOB_ID)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l branch -l branch-name -d 'Branch name [default: AMPHOST_BRANCH, else amphost.toml\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l job-id -l job -d 'Job ID (instead of JOB_ID)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l timeout -d 'Give up after this long (exit 5)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from watch" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l branch -l branch-name -d 'Branch name [default: AMPHOST_BRANCH, else amphost.toml\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l job-id -l job -d 'Job ID (instead of JOB_ID)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l step -d 'Only this step (BUILD, DEPLOY, VERIFY…)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Keep printing new lines until the job ends'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from logs" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -f -a "list" -d 'List a job\'s artifacts (ListArtifacts; the branch\'s newest job by default)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -f -a "ls" -d 'List a job\'s artifacts (ListArtifacts; the branch\'s newest job by default)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -f -a "download" -d 'Download artifacts: one by --artifact-id (GetArtifactUrl), or all of a job\'s (the branch\'s newest job by default)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from artifacts" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a job (StartJob): a release, a retry of a failed job, a manual or webhook build'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a job and its steps (GetJob; the branch\'s newest job by default)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a branch\'s jobs, newest first (ListJobs)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop a pending or running job (StopJob)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a finished job (DeleteJob)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Follow a job until it ends, step by step (the branch\'s newest job by default)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Print a job\'s step logs (the branch\'s newest job by default)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "artifacts" -d 'A job\'s artifacts (ListArtifacts, GetArtifactUrl)'
complete -c amphost -n "__fish_amphost_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -f -a "create" -d 'Connect a custom domain (CreateDomainAssociation) and show the DNS records to set'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -f -a "get" -d 'Show a domain, its status and its DNS records (GetDomainAssociation)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -f -a "list" -d 'List an app\'s domains (ListDomainAssociations)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -f -a "ls" -d 'List an app\'s domains (ListDomainAssociations)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -f -a "update" -d 'Change sub-domains or certificate (UpdateDomainAssociation)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -f -a "delete" -d 'Disconnect a domain (DeleteDomainAssociation)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -f -a "rm" -d 'Disconnect a domain (DeleteDomainAssociation)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -f -a "wait" -d 'Wait until the domain is AVAILABLE (exit 3 if it fails, 5 on --timeout)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -f -a "doctor" -d 'Check the DNS records the domain needs, at each resolver (exit 1 until all are right)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and not __fish_seen_subcommand_from create get list ls update delete rm wait doctor help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l domain-name -l domain -d 'The domain (instead of DOMAIN)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l sub-domain -d 'A sub-domain and the branch it serves, PREFIX=BRANCH (repeatable; `=main` for the apex). On update, the domain\'s other sub-domains are kept' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l sub-domain-settings -d 'All sub-domain settings, replacing the domain\'s: a JSON list, file://PATH, or shorthand (`prefix=www,branchName=main`, `[{prefix=www,branchName=main},{…}]`); repeatable' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l enable-auto-sub-domain -d 'Create sub-domains for new branches automatically' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l auto-sub-domain-creation-patterns -d 'Branch patterns for automatic sub-domains: comma-separated, repeated, or a list (`[main,dev/*]`, JSON); `[]` clears them' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l auto-sub-domain-iam-role -d 'IAM role for automatic sub-domains' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l certificate-settings -d 'Certificate: JSON, file://PATH or type=AMPLIFY_MANAGED | type=CUSTOM,customCertificateArn=ARN' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l timeout -d 'With --wait: give up after this long (exit 5)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the domain is AVAILABLE'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -l domain-name -l domain -d 'The domain (instead of DOMAIN)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l domain-name -l domain -d 'The domain (instead of DOMAIN)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l sub-domain -d 'A sub-domain and the branch it serves, PREFIX=BRANCH (repeatable; `=main` for the apex). On update, the domain\'s other sub-domains are kept' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l sub-domain-settings -d 'All sub-domain settings, replacing the domain\'s: a JSON list, file://PATH, or shorthand (`prefix=www,branchName=main`, `[{prefix=www,branchName=main},{…}]`); repeatable' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l enable-auto-sub-domain -d 'Create sub-domains for new branches automatically' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l auto-sub-domain-creation-patterns -d 'Branch patterns for automatic sub-domains: comma-separated, repeated, or a list (`[main,dev/*]`, JSON); `[]` clears them' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l auto-sub-domain-iam-role -d 'IAM role for automatic sub-domains' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l certificate-settings -d 'Certificate: JSON, file://PATH or type=AMPLIFY_MANAGED | type=CUSTOM,customCertificateArn=ARN' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -l domain-name -l domain -d 'The domain (instead of DOMAIN)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -l domain-name -l domain -d 'The domain (instead of DOMAIN)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l domain-name -l domain -d 'The domain (instead of DOMAIN)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up after this long (exit 5)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l nameserver -d 'A DNS server to ask instead of the system\'s resolver: IP or IP:PORT (port 53); repeat to compare several' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l domain-name -l domain -d 'The domain (instead of DOMAIN)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l nameserver -d 'A DNS server to ask instead of the system\'s resolver: IP or IP:PORT (port 53); repeat to compare several' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from doctor" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "create" -d 'Connect a custom domain (CreateDomainAssociation) and show the DNS records to set'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a domain, its status and its DNS records (GetDomainAssociation)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "list" -d 'List an app\'s domains (ListDomainAssociations)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change sub-domains or certificate (UpdateDomainAssociation)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Disconnect a domain (DeleteDomainAssociation)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait until the domain is AVAILABLE (exit 3 if it fails, 5 on --timeout)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "doctor" -d 'Check the DNS records the domain needs, at each resolver (exit 1 until all are right)'
complete -c amphost -n "__fish_amphost_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -f -a "create" -d 'Create a webhook that builds a branch when called (CreateWebhook)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -f -a "get" -d 'Show a webhook (GetWebhook)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -f -a "list" -d 'List an app\'s webhooks (ListWebhooks)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -f -a "ls" -d 'List an app\'s webhooks (ListWebhooks)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -f -a "update" -d 'Change a webhook\'s branch or description (UpdateWebhook)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -f -a "delete" -d 'Delete a webhook (DeleteWebhook)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -f -a "rm" -d 'Delete a webhook (DeleteWebhook)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -f -a "trigger" -d 'Call a webhook\'s URL, as a git provider would, and show the job it starts'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and not __fish_seen_subcommand_from create get list ls update delete rm trigger help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l branch -l branch-name -d 'Branch name [default: AMPHOST_BRANCH, else amphost.toml\'s branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l description -d 'A description of the webhook (what calls it)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l show-token -d 'Show the token in the webhook\'s URL in tables (JSON, text and --query output always show it)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l webhook-id -l webhook -d 'Webhook ID (instead of WEBHOOK_ID)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l app -l app-id -d 'App ID or name: if given, the webhook must belong to it' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l show-token -d 'Show the token in the webhook\'s URL in tables (JSON, text and --query output always show it)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l show-token -d 'Show the token in the webhook\'s URL in tables (JSON, text and --query output always show it)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l show-token -d 'Show the token in the webhook\'s URL in tables (JSON, text and --query output always show it)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l webhook-id -l webhook -d 'Webhook ID (instead of WEBHOOK_ID)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l app -l app-id -d 'App ID or name: if given, the webhook must belong to it' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l branch -l branch-name -d 'The branch the webhook builds from now on' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l description -d 'A new description' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l show-token -d 'Show the token in the webhook\'s URL in tables (JSON, text and --query output always show it)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l webhook-id -l webhook -d 'Webhook ID (instead of WEBHOOK_ID)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l app -l app-id -d 'App ID or name: if given, the webhook must belong to it' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l webhook-id -l webhook -d 'Webhook ID (instead of WEBHOOK_ID)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l app -l app-id -d 'App ID or name: if given, the webhook must belong to it' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -l webhook-id -l webhook -d 'Webhook ID (instead of WEBHOOK_ID)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -l app -l app-id -d 'App ID or name: if given, the webhook must belong to it' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from trigger" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a webhook that builds a branch when called (CreateWebhook)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a webhook (GetWebhook)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "list" -d 'List an app\'s webhooks (ListWebhooks)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a webhook\'s branch or description (UpdateWebhook)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a webhook (DeleteWebhook)'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "trigger" -d 'Call a webhook\'s URL, as a git provider would, and show the job it starts'
complete -c amphost -n "__fish_amphost_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -f -a "create" -d 'Create a backend environment (CreateBackendEnvironment)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -f -a "get" -d 'Show a backend environment (GetBackendEnvironment)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -f -a "list" -d 'List an app\'s backend environments (ListBackendEnvironments)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -f -a "ls" -d 'List an app\'s backend environments (ListBackendEnvironments)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -f -a "delete" -d 'Delete a backend environment (DeleteBackendEnvironment)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -f -a "rm" -d 'Delete a backend environment (DeleteBackendEnvironment)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and not __fish_seen_subcommand_from create get list ls delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l environment-name -l environment -d 'Backend environment name (instead of ENVIRONMENT)' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l stack-name -d 'The CloudFormation stack of the environment' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l deployment-artifacts -d 'The S3 bucket of its deployment artifacts' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -l environment-name -l environment -d 'Backend environment name (instead of ENVIRONMENT)' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l environment-name -l environment -d 'Only the environment of this name' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l environment-name -l environment -d 'Only the environment of this name' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -l environment-name -l environment -d 'Backend environment name (instead of ENVIRONMENT)' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -l environment-name -l environment -d 'Backend environment name (instead of ENVIRONMENT)' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a backend environment (CreateBackendEnvironment)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a backend environment (GetBackendEnvironment)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from help" -f -a "list" -d 'List an app\'s backend environments (ListBackendEnvironments)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a backend environment (DeleteBackendEnvironment)'
complete -c amphost -n "__fish_amphost_using_subcommand backend-env; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -f -a "list" -d 'Show a resource\'s tags (ListTagsForResource)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -f -a "ls" -d 'Show a resource\'s tags (ListTagsForResource)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -f -a "add" -d 'Add or change tags (TagResource): `tag add --app A KEY=VALUE…`'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -f -a "remove" -d 'Remove tags by key (UntagResource): `tag remove --app A KEY…`'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -f -a "rm" -d 'Remove tags by key (UntagResource): `tag remove --app A KEY…`'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l resource-arn -l arn -d 'Any Amplify ARN (arn:aws:amplify:…)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l app -l app-id -d 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l branch -l branch-name -d 'A branch of the app' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l resource-arn -l arn -d 'Any Amplify ARN (arn:aws:amplify:…)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l app -l app-id -d 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l branch -l branch-name -d 'A branch of the app' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l resource-arn -l arn -d 'Any Amplify ARN (arn:aws:amplify:…)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l app -l app-id -d 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l branch -l branch-name -d 'A branch of the app' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l resource-arn -l arn -d 'Any Amplify ARN (arn:aws:amplify:…)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l app -l app-id -d 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l branch -l branch-name -d 'A branch of the app' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l resource-arn -l arn -d 'Any Amplify ARN (arn:aws:amplify:…)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l app -l app-id -d 'App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l branch -l branch-name -d 'A branch of the app' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "list" -d 'Show a resource\'s tags (ListTagsForResource)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add or change tags (TagResource): `tag add --app A KEY=VALUE…`'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove tags by key (UntagResource): `tag remove --app A KEY…`'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l rules -d 'Redirect and rewrite rules, as the API takes them: a JSON list, file://rules.json, or shorthand (`[{source=/a,target=/b}]`); repeatable, the rules joined in order' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l headers -d 'Custom headers YAML (customHttp.yml): file://PATH or the text' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l app -l app-id -d 'Take rules, headers and basic auth from this app (ID or name)' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l branch -l branch-name -d 'With --app: this branch\'s basic auth, and its deployment when no DIR is given' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l country -d 'The visitor\'s country, for rules with a condition like <US>' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l basic-auth -d 'Ask for this password, USER:PASSWORD (overrides the app\'s)' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l host -d 'Address to listen on (keep it loopback unless you mean to share it)' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l port -d 'Port to listen on (0: any free port)' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l explain -d 'Print what would answer each PATH and why, without serving; a full URL (https://mydomain.com/guide) is asked at its host, for domain rules' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l files-first -d 'Existing files win over every rule (instead of 200/301/302 rules shadowing them)'
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l allow-secrets -d 'Serve files that look like they hold secrets (.env, keys), as `deploy --allow-secrets` would publish them; without it they answer 404, as the deploy would be refused'
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand preview" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand preview" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand preview" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand preview" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand preview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand preview" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand init" -l app -l app-id -d 'The app this folder deploys to: an ID or a name (checked to exist)' -r
complete -c amphost -n "__fish_amphost_using_subcommand init" -l create-app -d 'Create a new app of this name (CreateApp, platform WEB) and record it' -r
complete -c amphost -n "__fish_amphost_using_subcommand init" -l branch -l branch-name -d 'The production branch: `amphost deploy`\'s default [default: main]' -r
complete -c amphost -n "__fish_amphost_using_subcommand init" -l folder -d 'The folder `amphost deploy` uploads [default: the first of dist, build, out, public, _site holding an index.html, else .]' -r
complete -c amphost -n "__fish_amphost_using_subcommand init" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand init" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand init" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand init" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand init" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand init" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand init" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand init" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand init" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand init" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand init" -l force -d 'Replace an amphost.toml that is already there'
complete -c amphost -n "__fish_amphost_using_subcommand init" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand init" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand init" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand init" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand init" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand init" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand link" -l app -l app-id -d 'App ID or name (instead of APP)' -r
complete -c amphost -n "__fish_amphost_using_subcommand link" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand link" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand link" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand link" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand link" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand link" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand link" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand link" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand link" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand link" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand link" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand link" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand link" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand link" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand link" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand link" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand link" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand link" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand status" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else the project\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand status" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand status" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand status" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand status" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand status" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand status" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand status" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand status" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand status" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand status" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand status" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand status" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand status" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand status" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand status" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand status" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand status" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand open" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else the project\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand open" -l branch -l branch-name -d 'Branch whose site to open [default: AMPHOST_BRANCH, else the project\'s branch, else the app\'s production branch]' -r
complete -c amphost -n "__fish_amphost_using_subcommand open" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand open" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand open" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand open" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand open" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand open" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand open" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand open" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand open" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand open" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand open" -l console -d 'Open the app\'s page in the AWS console instead of the site'
complete -c amphost -n "__fish_amphost_using_subcommand open" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand open" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand open" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand open" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand open" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand open" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand open" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -f -a "pull" -d 'Write the app\'s custom rules to the rules file (JSON, or TOML for a .toml file)'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -f -a "diff" -d 'Show what `push` would change; exit 1 when the app differs from the file (drift)'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -f -a "push" -d 'Replace the app\'s custom rules with the file\'s, after showing the diff and asking'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -f -a "test" -d 'Check what the rules answer for a file of requests; exit 1 on a mismatch'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -f -a "lint" -d 'Find rules that never match, catch-alls that hide files or rules, loops and more'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -f -a "import" -d 'Translate Netlify or Vercel redirects, or a CSV, into Amplify rules'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and not __fish_seen_subcommand_from pull diff push test lint import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else the project\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -l file -d 'The rules file [default: amphost.toml\'s `rules`, else amplify-rules.json]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from pull" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else the project\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -l file -d 'The rules file [default: amphost.toml\'s `rules`, else amplify-rules.json]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else the project\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l file -d 'The rules file [default: amphost.toml\'s `rules`, else amplify-rules.json]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l no-lint -d 'Push even when `rules lint` finds errors (the checks are skipped)'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l app -l app-id -d 'Check the rules of this app (GetApp) instead of the rules file' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l file -d 'The rules file [default: amphost.toml\'s `rules`, else amplify-rules.json]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l dir -d 'The deploy folder (or .zip) whose files the rules answer with [default: amphost.toml\'s `folder`]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l against -d 'Also fetch each case from this live site (the branch\'s URL) and compare its answers' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l concurrency -d 'Requests in flight at once with --against' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l timeout -d 'Time limit of each request with --against' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l app -l app-id -d 'Check the rules of this app (GetApp) instead of the rules file' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l file -d 'The rules file [default: amphost.toml\'s `rules`, else amplify-rules.json]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l dir -d 'The deploy folder (or .zip) whose files the rules answer with [default: amphost.toml\'s `folder`]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from lint" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -l from -d 'Its format, when its name does not say' -r -f -a "netlify\t'Netlify\'s _redirects'
netlify-toml\t'netlify.toml\'s `[[redirects]]`'
vercel\t'vercel.json\'s redirects and rewrites'
csv\t'source,target,status[,condition]'"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -l out -d 'Write the rules here [default: the project\'s rules file]; .toml writes TOML' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Write the app\'s custom rules to the rules file (JSON, or TOML for a .toml file)'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show what `push` would change; exit 1 when the app differs from the file (drift)'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "push" -d 'Replace the app\'s custom rules with the file\'s, after showing the diff and asking'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "test" -d 'Check what the rules answer for a file of requests; exit 1 on a mismatch'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "lint" -d 'Find rules that never match, catch-alls that hide files or rules, loops and more'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "import" -d 'Translate Netlify or Vercel redirects, or a CSV, into Amplify rules'
complete -c amphost -n "__fish_amphost_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -f -a "pull" -d 'Write the app\'s custom headers to the headers file (customHttp.yml)'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -f -a "diff" -d 'Show what `push` would change (a line diff); exit 1 when the app differs from the file'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -f -a "push" -d 'Replace the app\'s custom headers with the file\'s, after showing the diff and asking'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and not __fish_seen_subcommand_from pull diff push help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else the project\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -l file -d 'The headers file [default: amphost.toml\'s `headers`, else customHttp.yml]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from pull" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else the project\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -l file -d 'The headers file [default: amphost.toml\'s `headers`, else customHttp.yml]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -l app -l app-id -d 'App ID or name [default: AMPHOST_APP, else the project\'s app]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -l file -d 'The headers file [default: amphost.toml\'s `headers`, else customHttp.yml]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Write the app\'s custom headers to the headers file (customHttp.yml)'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show what `push` would change (a line diff); exit 1 when the app differs from the file'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from help" -f -a "push" -d 'Replace the app\'s custom headers with the file\'s, after showing the diff and asking'
complete -c amphost -n "__fish_amphost_using_subcommand headers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l host -d 'Address to listen on (keep it loopback unless you mean to share it)' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l port -d 'Port to listen on (0: any free port; the URL is printed on stdout)' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l data-dir -d 'Where state is kept [default: $XDG_DATA_HOME/amphost/emulator]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l credentials -d 'An accepted key pair, KEY:SECRET (repeatable; test:test is always accepted)' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l job-step-duration -d 'How long each simulated job step takes' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l account-id -d 'The account ID in ARNs' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l max-apps -d 'Most apps the account may hold (LimitExceededException beyond)' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l max-branches-per-app -d 'Most branches an app may hold, as on Amplify (LimitExceededException beyond)' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l max-upload-bytes -d 'Largest upload accepted, in bytes (413 beyond)' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l max-expanded-bytes -d 'Most a deployment\'s archive may expand to, in bytes (beyond: the job fails, zip bomb)' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l s3-endpoint -d 'Where s3:// deployment sources are read (an S3-compatible server) [env: AWS_ENDPOINT_URL_S3]' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l fetch-timeout -d 'How long a deployment\'s sourceUrl may send nothing before its job fails' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l no-verify-signatures -d 'Accept unsigned and wrongly signed requests (for clients that cannot sign)'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l config -d 'The project file [default: the first amphost.toml here or above]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand completions" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l color -d 'Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l static -d 'The static script (commands and options only, no names asked of the service)'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -s v -l verbose -d 'Say more on stderr: a line per request (status, time, request id) and per retry'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "app" -d 'Apps: create, get, list, update, delete; environment variables'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "branch" -d 'Branches of an app'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "deploy" -d 'Deploy a folder, a zip or a URL and follow the job to a live site'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "build" -d 'Run the app\'s build spec (amplify.yml) here, as Amplify would, and collect its artifacts'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "rollback" -d 'Deploy a branch\'s previous deployment (or a job\'s) again, with nothing uploaded'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "promote" -d 'Deploy the deployment live on one branch to another (staging to main)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "verify" -d 'Compare the live site with what was deployed: files, headers, rules (exit 6 if they differ)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "job" -d 'Build and deployment jobs: start, watch, logs, artifacts'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "domain" -d 'Custom domains and the DNS records they need'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "webhook" -d 'Incoming webhooks that start builds'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "backend-env" -d 'Backend environments of an app'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "tag" -d 'Tags on apps, branches and other Amplify resources'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "preview" -d 'Serve a folder or a deployed branch locally with Amplify\'s rules, headers and basic auth'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "init" -d 'Tie this folder to an app: write amphost.toml (app, branch, folder; asked on a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "link" -d 'Record the app of this folder\'s amphost.toml (the file is created if missing)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "status" -d 'The linked app at a glance: its URL, each branch with its latest job, its domains'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "open" -d 'Open the branch\'s site, or the app\'s page in the AWS console, in the browser'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "rules" -d 'The app\'s redirects and rewrites as code: pull, diff, push; import from Netlify or Vercel'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "headers" -d 'The app\'s custom headers (customHttp.yml) as code: pull, diff, push'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "emulator" -d 'Run the local Amplify Hosting emulator as a server'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "completions" -d 'Print the shell\'s completion script (app, branch and job names included)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch deploy build rollback promote verify job domain webhook backend-env tag preview init link status open rules headers emulator completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "create" -d 'Create an app (CreateApp)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "get" -d 'Show an app (GetApp)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "list" -d 'List apps (ListApps), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "update" -d 'Change an app\'s settings (UpdateApp); only the settings given are sent'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "delete" -d 'Delete an app and everything in it (DeleteApp)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "env" -d 'Environment variables: list, set, unset (merging: others are kept); import, export, diff'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "access-logs" -d 'Download a domain\'s access logs for a time window (GenerateAccessLogs)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from branch" -f -a "create" -d 'Create a branch (CreateBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from branch" -f -a "get" -d 'Show a branch (GetBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from branch" -f -a "list" -d 'List an app\'s branches (ListBranches), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from branch" -f -a "update" -d 'Change a branch\'s settings (UpdateBranch); only the settings given are sent'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from branch" -f -a "delete" -d 'Delete a branch (DeleteBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from branch" -f -a "prune" -d 'Delete the branches matching a glob with no activity for a while (preview branches)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from branch" -f -a "env" -d 'A branch\'s own environment variables: list, set, unset, import, export, diff'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from deploy" -f -a "list" -d 'A branch\'s deployments: when, status, who, commit, what changed, which is live'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from job" -f -a "start" -d 'Start a job (StartJob): a release, a retry of a failed job, a manual or webhook build'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from job" -f -a "get" -d 'Show a job and its steps (GetJob; the branch\'s newest job by default)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from job" -f -a "list" -d 'List a branch\'s jobs, newest first (ListJobs)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from job" -f -a "stop" -d 'Stop a pending or running job (StopJob)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from job" -f -a "delete" -d 'Delete a finished job (DeleteJob)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from job" -f -a "watch" -d 'Follow a job until it ends, step by step (the branch\'s newest job by default)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from job" -f -a "logs" -d 'Print a job\'s step logs (the branch\'s newest job by default)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from job" -f -a "artifacts" -d 'A job\'s artifacts (ListArtifacts, GetArtifactUrl)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from domain" -f -a "create" -d 'Connect a custom domain (CreateDomainAssociation) and show the DNS records to set'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from domain" -f -a "get" -d 'Show a domain, its status and its DNS records (GetDomainAssociation)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from domain" -f -a "list" -d 'List an app\'s domains (ListDomainAssociations)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from domain" -f -a "update" -d 'Change sub-domains or certificate (UpdateDomainAssociation)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from domain" -f -a "delete" -d 'Disconnect a domain (DeleteDomainAssociation)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from domain" -f -a "wait" -d 'Wait until the domain is AVAILABLE (exit 3 if it fails, 5 on --timeout)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from domain" -f -a "doctor" -d 'Check the DNS records the domain needs, at each resolver (exit 1 until all are right)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "create" -d 'Create a webhook that builds a branch when called (CreateWebhook)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "get" -d 'Show a webhook (GetWebhook)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "list" -d 'List an app\'s webhooks (ListWebhooks)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "update" -d 'Change a webhook\'s branch or description (UpdateWebhook)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "delete" -d 'Delete a webhook (DeleteWebhook)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "trigger" -d 'Call a webhook\'s URL, as a git provider would, and show the job it starts'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from backend-env" -f -a "create" -d 'Create a backend environment (CreateBackendEnvironment)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from backend-env" -f -a "get" -d 'Show a backend environment (GetBackendEnvironment)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from backend-env" -f -a "list" -d 'List an app\'s backend environments (ListBackendEnvironments)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from backend-env" -f -a "delete" -d 'Delete a backend environment (DeleteBackendEnvironment)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "list" -d 'Show a resource\'s tags (ListTagsForResource)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "add" -d 'Add or change tags (TagResource): `tag add --app A KEY=VALUE…`'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "remove" -d 'Remove tags by key (UntagResource): `tag remove --app A KEY…`'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "pull" -d 'Write the app\'s custom rules to the rules file (JSON, or TOML for a .toml file)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "diff" -d 'Show what `push` would change; exit 1 when the app differs from the file (drift)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "push" -d 'Replace the app\'s custom rules with the file\'s, after showing the diff and asking'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "test" -d 'Check what the rules answer for a file of requests; exit 1 on a mismatch'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "lint" -d 'Find rules that never match, catch-alls that hide files or rules, loops and more'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "import" -d 'Translate Netlify or Vercel redirects, or a CSV, into Amplify rules'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from headers" -f -a "pull" -d 'Write the app\'s custom headers to the headers file (customHttp.yml)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from headers" -f -a "diff" -d 'Show what `push` would change (a line diff); exit 1 when the app differs from the file'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from headers" -f -a "push" -d 'Replace the app\'s custom headers with the file\'s, after showing the diff and asking'
