//! `sim`: simulate auto games and print aggregate stats (see `sim --help`).

use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = match sim::cli::parse(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let progress = args
        .progress
        .unwrap_or_else(|| std::io::stderr().is_terminal() && args.games >= 1000);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut err = std::io::stderr();
    match sim::main_with(&args, &mut out, &mut err, progress) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("sim: {message}");
            ExitCode::FAILURE
        }
    }
}
