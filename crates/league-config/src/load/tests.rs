//! League files: overrides, and every kind of problem reported, all together.

use crate::{ConfigError, Location, ProblemKind, parse_named, parse_str};
use engine_core::league::{MercyRule, RangeResult, ResultEntry, XPlay};

/// A d20 range chart as TOML: rows `rolls`, every cell `cell`.
fn range_chart(rolls: impl IntoIterator<Item = i64>, cell: &str) -> String {
    let rows: Vec<String> = rolls
        .into_iter()
        .map(|r| format!("  [{r}, \"{cell}\", \"{cell}\", \"{cell}\", \"{cell}\", \"{cell}\"],"))
        .collect();
    format!("[\n{}\n]", rows.join("\n"))
}

fn problems(text: &str) -> Vec<(Location, ProblemKind)> {
    match parse_str(text) {
        Err(ConfigError::Invalid { problems }) => {
            problems.into_iter().map(|p| (p.location, p.kind)).collect()
        }
        other => panic!("expected problems, got {other:?}"),
    }
}

fn kinds(text: &str) -> Vec<ProblemKind> {
    problems(text).into_iter().map(|(_, k)| k).collect()
}

#[test]
fn custom_league_overrides_rules_and_one_part() {
    let text = format!(
        "name = \"Short\"\n[rules]\ninnings = 7\nresult_entry = \"auto\"\n\
         mercy = {{ runs = 10, after_inning = 5 }}\n\
         [charts.range]\ncatcher = {}\n\
         [charts.x_chart.infield.WP]\nno_error = {{ play = \"wild_pitch\", advance = 2 }}\n\
         e1 = \"-\"\ne2 = \"-\"\nrare = {{ play = \"balk_wild_pitch\" }}\n\
         [charts.ballpark]\nhomerun = 12\nsingle = 8\n",
        range_chart(1..=20, "G1")
    );
    let league = parse_str(&text).unwrap();
    let sba = crate::sba().unwrap();
    assert_eq!(league.name, "Short");
    assert_eq!(league.rules.innings, 7);
    assert_eq!(league.rules.result_entry, ResultEntry::Auto);
    assert_eq!(
        league.rules.mercy,
        Some(MercyRule {
            runs: 10,
            after_inning: 5
        })
    );
    assert_eq!(league.rules.min_batters, 1, "house default");
    assert_eq!(league.charts.range.catcher.lookup(10, 1), RangeResult::G1);
    assert_eq!(league.charts.range.infield, sba.charts.range.infield);
    let wp = league
        .charts
        .x_chart
        .infield
        .iter()
        .find(|l| l.base == RangeResult::WP)
        .unwrap();
    assert_eq!(wp.e1, XPlay::WildPitch { advance: 2 });
    assert_eq!(
        (
            league.charts.ballpark.homerun,
            league.charts.ballpark.single
        ),
        (12, 8)
    );
    assert_eq!(league.charts.errors, sba.charts.errors);
}

#[test]
fn missing_row() {
    let text = format!(
        "name = \"L\"\n[charts.range]\ncatcher = {}\n",
        range_chart(2..=20, "G1")
    );
    let got = problems(&text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, ProblemKind::MissingRow(1));
    assert_eq!(
        got[0].0,
        Location::new("league file", "charts.range.catcher")
    );
}

#[test]
fn unknown_code_names_file_table_row_and_column() {
    let chart = range_chart(1..=20, "G1").replace("[3, \"G1\", \"G1\"", "[3, \"G1\", \"XX\"");
    let err = parse_named(
        "mine.toml",
        &format!("name = \"L\"\n[charts.range]\ncatcher = {chart}"),
    )
    .unwrap_err();
    let problem = &err.problems()[0];
    assert_eq!(problem.kind, ProblemKind::UnknownCode("XX".into()));
    assert_eq!(
        problem.to_string(),
        "mine.toml: [charts.range.catcher] row d20 = 3 column R2: unknown code \"XX\""
    );
    assert!(
        err.to_string()
            .starts_with("1 problem(s) in the league configuration:"),
        "{err}"
    );
}

#[test]
fn row_21_and_duplicate_rows() {
    let rows = (1..=20).chain([21, 7]);
    let got = kinds(&format!(
        "name = \"L\"\n[charts.range]\npitcher = {}",
        range_chart(rows, "G2")
    ));
    assert_eq!(
        got,
        vec![
            ProblemKind::RowOutOfRange {
                row: 21,
                min: 1,
                max: 20
            },
            ProblemKind::DuplicateRow(7)
        ]
    );
}

#[test]
fn wrong_column_count() {
    let chart = range_chart(1..=20, "G1").replace("[4, \"G1\",", "[4,");
    let got = kinds(&format!("name = \"L\"\n[charts.range]\ninfield = {chart}"));
    assert_eq!(
        got,
        vec![ProblemKind::WrongColumnCount {
            expected: 5,
            found: 4
        }]
    );
}

#[test]
fn error_chart_row_2_and_rating_above_max() {
    let mut rows: Vec<String> = (3..=18).map(|r| format!("{{ roll = {r} }}")).collect();
    rows.push("{ roll = 2, e1 = \"e1\" }".into());
    rows[0] = "{ roll = 3, e1 = \"e2, e40\", e2 = \"e3 -> zz\" }".into();
    let text = format!(
        "name = \"L\"\n[charts.errors.C]\nmax_rating = 16\nrows = [{}]",
        rows.join(", ")
    );
    let got = problems(&text);
    let kinds: Vec<_> = got.iter().map(|(_, k)| k.clone()).collect();
    assert_eq!(
        kinds,
        vec![
            ProblemKind::RatingOutOfRange {
                rating: 40,
                max: 16
            },
            ProblemKind::BadList("e3 -> zz".into()),
            ProblemKind::RowOutOfRange {
                row: 2,
                min: 3,
                max: 18
            },
        ]
    );
    assert_eq!(got[0].0.row.as_deref(), Some("3d6 = 3"));
    assert_eq!(got[0].0.column.as_deref(), Some("e1"));
}

#[test]
fn bad_toml() {
    let got = problems("name = \"L\"\n[rules\ninnings = 9\n");
    assert_eq!(got.len(), 1);
    assert!(matches!(got[0].1, ProblemKind::Syntax(_)), "{got:?}");
    assert_eq!(got[0].0.file, "league file");
}

#[test]
fn duplicate_key_is_a_syntax_problem() {
    let got = kinds("name = \"L\"\nname = \"M\"\n");
    assert!(
        matches!(got.as_slice(), [ProblemKind::Syntax(_)]),
        "{got:?}"
    );
}

#[test]
fn x_chart_must_cover_every_range_result() {
    let chart = range_chart(1..=20, "F1").replace("[20, \"F1\"", "[20, \"G2#\"");
    let got = problems(&format!("name = \"L\"\n[charts.range]\noutfield = {chart}"));
    let kinds: Vec<_> = got.iter().map(|(_, k)| k.clone()).collect();
    assert_eq!(
        kinds,
        vec![ProblemKind::MissingXLine {
            base: "G2".into(),
            chart: "outfield".into()
        }]
    );
    assert_eq!(got[0].0.file, "charts/x_chart.toml");
    assert_eq!(got[0].0.table, "outfield");
}

#[test]
fn bad_x_chart_lines() {
    let text = "name = \"L\"\n\
        [charts.x_chart.infield.\"G2#\"]\nno_error = { play = \"popout\" }\n\
        [charts.x_chart.outfield.F1]\nno_error = \"-\"\ne1 = { play = \"homer\" }\n\
        e2 = { play = \"hit\", bases = 9, advance = 1 }\ne3 = \"-\"\n";
    let got = kinds(text);
    assert_eq!(got.len(), 5, "{got:?}");
    assert_eq!(got[0], ProblemKind::HashLine("G2#".into()));
    assert!(matches!(&got[1], ProblemKind::BadPlay(m) if m.contains("only an error column")));
    assert!(
        matches!(&got[2], ProblemKind::BadPlay(m) if m.contains("homer")),
        "{got:?}"
    );
    assert_eq!(
        got[3],
        ProblemKind::ValueOutOfRange {
            value: 9,
            min: 1,
            max: 4
        }
    );
    assert_eq!(got[4], ProblemKind::MissingKey("rare".into()));
}

#[test]
fn bunt_rows_must_cover_1_to_20_once() {
    let text = "name = \"L\"\n[charts.bunt.squeeze]\n\
        A = { sacrifice = \"1-12\", single = \"12-14\", homer = \"15-19\", pop_up = \"21\" }\n";
    let got = kinds(text);
    assert_eq!(
        got,
        vec![
            ProblemKind::UnknownCode("homer".into()),
            ProblemKind::RowOutOfRange {
                row: 21,
                min: 1,
                max: 20
            },
            ProblemKind::DuplicateRow(12),
            ProblemKind::MissingRow(20),
        ]
    );
}

#[test]
fn every_problem_is_reported_together() {
    let text = format!(
        "name = \"L\"\ncolour = \"red\"\n\
         [rules]\ninnings = 0\nresult_entry = \"robot\"\n\
         [charts.range]\ncatcher = {}\n\
         [charts.groundball]\nA = {{ normal = [1, 2, 1, 3, 13, 13, 3, 14], in = [1, 2] }}\n\
         [charts.hit_and_run]\nA = 21\n[charts.errors.CF]\nrows = []\n\
         [charts.speed]\ntwo_outs = \"two\"\nhome_from_second_on_single = -2\n\
         [charts.dice]\nd = 6\n",
        range_chart((2..=20).chain([21]), "ZZ")
    );
    let got = kinds(&text);
    let count = |f: fn(&ProblemKind) -> bool| got.iter().filter(|k| f(k)).count();
    assert_eq!(
        count(|k| matches!(k, ProblemKind::UnknownKey(_))),
        2,
        "{got:?}"
    );
    assert_eq!(
        count(|k| matches!(k, ProblemKind::UnknownCode(_))),
        101,
        "robot + 100 cells"
    );
    assert_eq!(count(|k| matches!(k, ProblemKind::MissingRow(1))), 1);
    assert_eq!(
        count(|k| matches!(k, ProblemKind::RowOutOfRange { row: 21, .. })),
        1
    );
    assert_eq!(
        count(|k| matches!(
            k,
            ProblemKind::WrongColumnCount {
                expected: 8,
                found: 2
            }
        )),
        1
    );
    assert_eq!(
        count(|k| matches!(k, ProblemKind::MissingKey(k) if k == "max_rating")),
        1
    );
    assert_eq!(count(|k| matches!(k, ProblemKind::WrongType { .. })), 1);
    let out_of_range: Vec<_> = got
        .iter()
        .filter_map(|k| match k {
            ProblemKind::ValueOutOfRange { value, .. } => Some(*value),
            _ => None,
        })
        .collect();
    assert_eq!(
        out_of_range,
        vec![0, 14, 21],
        "innings 0, groundball 14, hit-and-run 21"
    );
}

#[test]
fn league_file_needs_a_name() {
    assert_eq!(
        kinds("[rules]\ninnings = 9\n"),
        vec![ProblemKind::MissingKey("name".into())]
    );
    assert_eq!(
        kinds("name = \" \"\n"),
        vec![ProblemKind::MissingKey("name".into())]
    );
}

#[test]
fn mercy_after_the_last_inning_is_rejected() {
    let got =
        kinds("name = \"L\"\n[rules]\ninnings = 7\nmercy = { runs = 10, after_inning = 8 }\n");
    assert_eq!(
        got,
        vec![ProblemKind::ValueOutOfRange {
            value: 8,
            min: 1,
            max: 7
        }]
    );
}

#[test]
fn load_file_reads_from_disk_and_reports_io_errors() {
    let dir = std::env::temp_dir().join(format!("league-config-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("mine.toml");
    std::fs::write(&path, "name = \"Mine\"\n[rules]\ndh = false\n").unwrap();
    let league = crate::load_file(&path).unwrap();
    assert!(!league.rules.dh);
    std::fs::remove_dir_all(&dir).unwrap();
    let err = crate::load_file(dir.join("absent.toml")).unwrap_err();
    assert!(matches!(err, ConfigError::Read { .. }), "{err}");
}
