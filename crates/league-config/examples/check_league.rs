//! Validate a league file and print its problems: `cargo run --example check_league FILE`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: check_league FILE");
        std::process::exit(2);
    };
    match league_config::load_file(&path) {
        Ok(league) => println!("{path}: league {:?} is valid", league.name),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
