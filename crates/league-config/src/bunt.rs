//! Rules §9 Bunts: sacrifice, squeeze and bunt-for-hit charts, per grade A..D, d20 rows 1..=20.
//!
//! Parts are `<kind>.<grade>`; each maps a result name to the d20 rolls that give it
//! (`sacrifice = "1-12"`), and the rolls must cover 1..=20 exactly once.

use crate::error::{Location, ProblemKind, Problems};
use crate::read::{self, RowSet};
use crate::source::Parts;
use engine_core::league::{BuntResult, BuntTables};

const KINDS: [&str; 3] = ["sacrifice", "squeeze", "for_hit"];
const GRADES: [&str; 4] = ["A", "B", "C", "D"];
const RESULTS: [(&str, BuntResult); 5] = [
    ("sacrifice", BuntResult::Sacrifice),
    ("single", BuntResult::Single),
    ("lead_runner_out", BuntResult::LeadRunnerOut),
    ("pop_up", BuntResult::PopUp),
    ("double_play", BuntResult::DoublePlay),
];

type Table = [[BuntResult; 20]; 4];

/// Read the three tables.
pub(crate) fn read(parts: &Parts, at: &Location, p: &mut Problems) -> Option<BuntTables> {
    for key in parts.keys().filter(|k| !is_known(k)) {
        p.push(at.clone(), ProblemKind::UnknownKey(key.clone()));
    }
    let [sacrifice, squeeze, for_hit] = KINDS.map(|kind| read_kind(kind, parts, at, p));
    Some(BuntTables {
        sacrifice: sacrifice?,
        squeeze: squeeze?,
        for_hit: for_hit?,
    })
}

fn is_known(part: &str) -> bool {
    part.split_once('.')
        .is_some_and(|(k, g)| KINDS.contains(&k) && GRADES.contains(&g))
}

fn read_kind(kind: &str, parts: &Parts, at: &Location, p: &mut Problems) -> Option<Table> {
    let grades = GRADES.map(|grade| match parts.get(&format!("{kind}.{grade}")) {
        Some(part) => read_grade(&part.value, &part.at, p),
        None => {
            p.push(at.key(kind), ProblemKind::MissingKey(grade.to_owned()));
            None
        }
    });
    let [a, b, c, d] = grades;
    Some([a?, b?, c?, d?])
}

fn read_grade(v: &toml::Value, at: &Location, p: &mut Problems) -> Option<[BuntResult; 20]> {
    let table = read::table(v, at, p)?;
    let mut set = RowSet::new(1, 20);
    for (name, rolls) in table {
        let col = at.column(name);
        let result = RESULTS.iter().find(|(n, _)| n == name).map(|&(_, r)| r);
        if result.is_none() {
            p.push(col.clone(), ProblemKind::UnknownCode(name.clone()));
        }
        let Some(rolls) = read::string(rolls, &col, p).and_then(|t| read::number_list(t, &col, p))
        else {
            continue;
        };
        for roll in rolls {
            set.insert(roll, result, &at.row(format!("d20 = {roll}")), p);
        }
    }
    set.finish(at, p)?.try_into().ok()
}

#[cfg(test)]
mod tests {
    use engine_core::ids::Grade;
    use engine_core::league::BuntResult::*;

    #[test]
    fn published_sacrifice_grade_b() {
        let bunt = crate::sba().unwrap().charts.bunt;
        let want = [(1, Sacrifice), (12, Sacrifice), (13, Single), (14, Single)];
        let want = want
            .into_iter()
            .chain([(15, LeadRunnerOut), (17, LeadRunnerOut)]);
        let want = want.chain([(18, PopUp), (19, PopUp), (20, DoublePlay)]);
        for (d20, result) in want {
            assert_eq!(
                bunt.lookup(&bunt.sacrifice, Grade::B, d20),
                result,
                "d20={d20}"
            );
        }
    }

    #[test]
    fn better_grades_succeed_more_and_for_hit_gives_more_singles() {
        let bunt = crate::sba().unwrap().charts.bunt;
        let count =
            |t: &[[_; 20]; 4], g: Grade, r| t[g.index()].iter().filter(|&&x| x == r).count();
        for pair in Grade::ALL.windows(2) {
            let (better, worse) = (pair[0], pair[1]);
            assert!(
                count(&bunt.sacrifice, better, Sacrifice)
                    > count(&bunt.sacrifice, worse, Sacrifice)
            );
            assert!(count(&bunt.for_hit, better, Single) > count(&bunt.for_hit, worse, Single));
        }
        for g in Grade::ALL {
            assert!(count(&bunt.for_hit, g, Single) > count(&bunt.sacrifice, g, Single));
            assert_eq!(bunt.squeeze[g.index()], bunt.sacrifice[g.index()]);
        }
    }
}
