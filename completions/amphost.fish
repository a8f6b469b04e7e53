# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_amphost_global_optspecs
    string join \n profile= region= endpoint-url= local o/output= query= q/quiet v/verbose debug color= no-progress y/yes max-attempts= connect-timeout= read-timeout= h/help V/version
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

complete -c amphost -n "__fish_amphost_needs_command" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_needs_command" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_needs_command" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_needs_command" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_needs_command" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_needs_command" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_needs_command" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_needs_command" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_needs_command" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_needs_command" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_needs_command" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_needs_command" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_needs_command" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_needs_command" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c amphost -n "__fish_amphost_needs_command" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "app" -d 'Apps: create, get, list, update, delete; environment variables'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "branch" -d 'Branches of an app'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "tag" -d 'Tags on apps, branches and other Amplify resources'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "emulator" -d 'Run the local Amplify Hosting emulator as a server'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c amphost -n "__fish_amphost_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -f -a "create" -d 'Create an app (CreateApp)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -f -a "get" -d 'Show an app (GetApp)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -f -a "list" -d 'List apps (ListApps), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -f -a "ls" -d 'List apps (ListApps), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -f -a "update" -d 'Change an app\'s settings (UpdateApp); only the settings given are sent'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -f -a "delete" -d 'Delete an app and everything in it (DeleteApp)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -f -a "rm" -d 'Delete an app and everything in it (DeleteApp)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -f -a "env" -d 'List, set or unset environment variables (merging: other variables are kept)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and not __fish_seen_subcommand_from create get list ls update delete rm env help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l name -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l env -d 'An environment variable, KEY=VALUE (repeatable)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l tag -d 'A tag, KEY=VALUE (repeatable)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l description -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l repository -d 'Git repository URL (for apps built from a repository)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l platform -r -f -a "WEB\t''
WEB_DYNAMIC\t''
WEB_COMPUTE\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l compute-role-arn -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l iam-service-role-arn -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l oauth-token -d 'OAuth token for the repository (text or file://PATH)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l access-token -d 'GitHub personal access token (text or file://PATH)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l environment-variables -d 'All environment variables at once, replacing any there are: JSON or file://PATH' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l enable-branch-auto-build -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l enable-branch-auto-deletion -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l enable-basic-auth -d 'Require a password for every branch (with --basic-auth)' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l basic-auth -d 'Basic-auth credentials, USER:PASSWORD (encoded for you; turns basic auth on unless --enable-basic-auth=false)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l custom-rules -d 'Redirect and rewrite rules: JSON list or file://rules.json' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l build-spec -d 'Build specification YAML (text or file://amplify.yml)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l custom-headers -d 'Custom headers YAML (text or file://customHttp.yml)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l enable-auto-branch-creation -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l auto-branch-creation-patterns -d 'Glob patterns of branches to connect automatically (comma-separated or repeated)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l auto-branch-creation-config -d 'Settings for auto-created branches: JSON, file://PATH or key=value,…' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l job-config -d 'Build compute: JSON or buildComputeType=STANDARD_8GB|LARGE_16GB|XLARGE_72GB' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l cache-config -d 'Cache: JSON or type=AMPLIFY_MANAGED|AMPLIFY_MANAGED_NO_COOKIES' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l app -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l app -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l name -d 'A new name for the app' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l description -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l repository -d 'Git repository URL (for apps built from a repository)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l platform -r -f -a "WEB\t''
WEB_DYNAMIC\t''
WEB_COMPUTE\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l compute-role-arn -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l iam-service-role-arn -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l oauth-token -d 'OAuth token for the repository (text or file://PATH)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l access-token -d 'GitHub personal access token (text or file://PATH)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l environment-variables -d 'All environment variables at once, replacing any there are: JSON or file://PATH' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l enable-branch-auto-build -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l enable-branch-auto-deletion -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l enable-basic-auth -d 'Require a password for every branch (with --basic-auth)' -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l basic-auth -d 'Basic-auth credentials, USER:PASSWORD (encoded for you; turns basic auth on unless --enable-basic-auth=false)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l custom-rules -d 'Redirect and rewrite rules: JSON list or file://rules.json' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l build-spec -d 'Build specification YAML (text or file://amplify.yml)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l custom-headers -d 'Custom headers YAML (text or file://customHttp.yml)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l enable-auto-branch-creation -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l auto-branch-creation-patterns -d 'Glob patterns of branches to connect automatically (comma-separated or repeated)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l auto-branch-creation-config -d 'Settings for auto-created branches: JSON, file://PATH or key=value,…' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l job-config -d 'Build compute: JSON or buildComputeType=STANDARD_8GB|LARGE_16GB|XLARGE_72GB' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l cache-config -d 'Cache: JSON or type=AMPLIFY_MANAGED|AMPLIFY_MANAGED_NO_COOKIES' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l app -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l app -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -f -a "list" -d 'Show the environment variables of an app (or of one branch with --branch)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -f -a "ls" -d 'Show the environment variables of an app (or of one branch with --branch)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -f -a "set" -d 'Set variables, keeping the others: `app env set --app A KEY=VALUE…`'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -f -a "unset" -d 'Remove variables, keeping the others: `app env unset --app A KEY…`'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from env" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an app (CreateApp)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show an app (GetApp)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "list" -d 'List apps (ListApps), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an app\'s settings (UpdateApp); only the settings given are sent'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an app and everything in it (DeleteApp)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "env" -d 'List, set or unset environment variables (merging: other variables are kept)'
complete -c amphost -n "__fish_amphost_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -f -a "create" -d 'Create a branch (CreateBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -f -a "get" -d 'Show a branch (GetBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -f -a "list" -d 'List an app\'s branches (ListBranches), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -f -a "ls" -d 'List an app\'s branches (ListBranches), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -f -a "update" -d 'Change a branch\'s settings (UpdateBranch); only the settings given are sent'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -f -a "delete" -d 'Delete a branch (DeleteBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -f -a "rm" -d 'Delete a branch (DeleteBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and not __fish_seen_subcommand_from create get list ls update delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l app -d 'App ID or name' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l branch -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l env -d 'An environment variable, KEY=VALUE (repeatable)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l tag -d 'A tag, KEY=VALUE (repeatable)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l description -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l stage -r -f -a "PRODUCTION\t''
BETA\t''
DEVELOPMENT\t''
EXPERIMENTAL\t''
PULL_REQUEST\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l framework -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l display-name -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l enable-notification -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l enable-auto-build -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l enable-skew-protection -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l environment-variables -d 'All environment variables at once, replacing any there are: JSON or file://PATH' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l enable-basic-auth -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l basic-auth -d 'Basic-auth credentials, USER:PASSWORD (encoded for you; turns basic auth on unless --enable-basic-auth=false)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l enable-performance-mode -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l build-spec -d 'Build specification YAML (text or file://amplify.yml)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l ttl -d 'Content TTL in seconds' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l enable-pull-request-preview -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l pull-request-environment-name -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l backend-environment-arn -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l backend -d 'Backend: JSON or stackArn=ARN' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l compute-role-arn -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l app -d 'App ID or name' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l branch -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l app -d 'App ID or name' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l app -d 'App ID or name' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l max-items -d 'Return at most N items, with a NextToken to resume from' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l starting-token -d 'Resume from the NextToken of an earlier --max-items run' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l app -d 'App ID or name' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l branch -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l description -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l stage -r -f -a "PRODUCTION\t''
BETA\t''
DEVELOPMENT\t''
EXPERIMENTAL\t''
PULL_REQUEST\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l framework -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l display-name -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l enable-notification -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l enable-auto-build -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l enable-skew-protection -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l environment-variables -d 'All environment variables at once, replacing any there are: JSON or file://PATH' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l enable-basic-auth -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l basic-auth -d 'Basic-auth credentials, USER:PASSWORD (encoded for you; turns basic auth on unless --enable-basic-auth=false)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l enable-performance-mode -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l build-spec -d 'Build specification YAML (text or file://amplify.yml)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l ttl -d 'Content TTL in seconds' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l enable-pull-request-preview -r -f -a "true\t''
false\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l pull-request-environment-name -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l backend-environment-arn -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l backend -d 'Backend: JSON or stackArn=ARN' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l compute-role-arn -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l app -d 'App ID or name' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l branch -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l app -d 'App ID or name' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l branch -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a branch (CreateBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a branch (GetBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "list" -d 'List an app\'s branches (ListBranches), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a branch\'s settings (UpdateBranch); only the settings given are sent'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a branch (DeleteBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and not __fish_seen_subcommand_from list ls add remove rm help" -s v -l verbose -d 'Say more on stderr'
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
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l app -d 'App ID or name (its ARN is looked up)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l branch -d 'A branch of --app' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l resource-arn -l arn -d 'Any Amplify ARN (arn:aws:amplify:…)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l app -d 'App ID or name (its ARN is looked up)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l branch -d 'A branch of --app' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l resource-arn -l arn -d 'Any Amplify ARN (arn:aws:amplify:…)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l app -d 'App ID or name (its ARN is looked up)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l branch -d 'A branch of --app' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l resource-arn -l arn -d 'Any Amplify ARN (arn:aws:amplify:…)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l app -d 'App ID or name (its ARN is looked up)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l branch -d 'A branch of --app' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l resource-arn -l arn -d 'Any Amplify ARN (arn:aws:amplify:…)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l app -d 'App ID or name (its ARN is looked up)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l branch -d 'A branch of --app' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "list" -d 'Show a resource\'s tags (ListTagsForResource)'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add or change tags (TagResource): `tag add --app A KEY=VALUE…`'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove tags by key (UntagResource): `tag remove --app A KEY…`'
complete -c amphost -n "__fish_amphost_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l host -d 'Address to listen on (keep it loopback unless you mean to share it)' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l port -d 'Port to listen on (0: any free port; the URL is printed on stdout)' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l data-dir -d 'Where state is kept [default: $XDG_DATA_HOME/amphost/emulator]' -r -F
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l credentials -d 'An accepted key pair, KEY:SECRET (repeatable; test:test is always accepted)' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l job-step-duration -d 'How long each simulated job step takes' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l account-id -d 'The account ID in ARNs' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l max-apps -d 'Most apps the account may hold (LimitExceededException beyond)' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l no-verify-signatures -d 'Accept unsigned and wrongly signed requests (for clients that cannot sign)'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand emulator" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l profile -d 'Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)' -r
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile\'s]' -r
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l endpoint-url -d 'Send requests here instead of https://amplify.REGION.amazonaws.com [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]' -r
complete -c amphost -n "__fish_amphost_using_subcommand completions" -s o -l output -d 'Output format [default: table on a terminal, else json]' -r -f -a "table\t''
json\t''
text\t''"
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l query -d 'JMESPath expression applied to the JSON result before rendering' -r
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l color -d 'Colour on stderr [env: NO_COLOR turns it off]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l max-attempts -d 'Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]' -r
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l connect-timeout -d 'Time allowed to connect' -r
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l read-timeout -d 'Time allowed between bytes of a response' -r
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l local -d 'Use the embedded emulator: no AWS account, no network, state kept on disk'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -s v -l verbose -d 'Say more on stderr'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l debug -d 'Log every request and response on stderr, secrets redacted'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -l no-progress -d 'No progress bars or spinners'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed for destructive verbs without a terminal)'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -s h -l help -d 'Print help'
complete -c amphost -n "__fish_amphost_using_subcommand completions" -s V -l version -d 'Print version'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch tag emulator completions help" -f -a "app" -d 'Apps: create, get, list, update, delete; environment variables'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch tag emulator completions help" -f -a "branch" -d 'Branches of an app'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch tag emulator completions help" -f -a "tag" -d 'Tags on apps, branches and other Amplify resources'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch tag emulator completions help" -f -a "emulator" -d 'Run the local Amplify Hosting emulator as a server'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch tag emulator completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c amphost -n "__fish_amphost_using_subcommand help; and not __fish_seen_subcommand_from app branch tag emulator completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "create" -d 'Create an app (CreateApp)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "get" -d 'Show an app (GetApp)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "list" -d 'List apps (ListApps), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "update" -d 'Change an app\'s settings (UpdateApp); only the settings given are sent'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "delete" -d 'Delete an app and everything in it (DeleteApp)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "env" -d 'List, set or unset environment variables (merging: other variables are kept)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from branch" -f -a "create" -d 'Create a branch (CreateBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from branch" -f -a "get" -d 'Show a branch (GetBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from branch" -f -a "list" -d 'List an app\'s branches (ListBranches), all pages'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from branch" -f -a "update" -d 'Change a branch\'s settings (UpdateBranch); only the settings given are sent'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from branch" -f -a "delete" -d 'Delete a branch (DeleteBranch)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "list" -d 'Show a resource\'s tags (ListTagsForResource)'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "add" -d 'Add or change tags (TagResource): `tag add --app A KEY=VALUE…`'
complete -c amphost -n "__fish_amphost_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "remove" -d 'Remove tags by key (UntagResource): `tag remove --app A KEY…`'
