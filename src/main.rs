fn main() -> std::process::ExitCode {
    amphost::cli::main()
}
