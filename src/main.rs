use std::process::ExitCode;

fn main() -> ExitCode {
    dateline::cli::main()
}
