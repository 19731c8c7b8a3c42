//! The news agencies dateline knows by name, with the spellings that credit them.

/// (canonical name, spellings as they appear in credits, compared case-sensitively).
pub const AGENCIES: &[(&str, &[&str])] = &[
    ("Reuters", &["Reuters", "REUTERS"]),
    ("AP", &["AP", "Associated Press", "The Associated Press"]),
    (
        "AFP",
        &["AFP", "Agence France-Presse", "Agence France Presse"],
    ),
    ("TASS", &["TASS", "ITAR-TASS", "Tass"]),
    ("RIA Novosti", &["RIA Novosti", "RIA"]),
    ("Interfax", &["Interfax"]),
    ("Sputnik", &["Sputnik"]),
    ("Xinhua", &["Xinhua"]),
    ("IRNA", &["IRNA"]),
    ("Tasnim", &["Tasnim"]),
    ("Fars", &["Fars", "FNA"]),
    ("Mehr", &["Mehr", "MNA"]),
    ("ISNA", &["ISNA"]),
    ("Anadolu", &["Anadolu", "AA"]),
    ("Yonhap", &["Yonhap"]),
    ("Kyodo", &["Kyodo"]),
    ("Jiji", &["Jiji"]),
    ("PTI", &["PTI"]),
    ("IANS", &["IANS"]),
    ("ANI", &["ANI"]),
    ("UPI", &["UPI"]),
    ("dpa", &["dpa", "DPA"]),
    ("EFE", &["EFE"]),
    ("ANSA", &["ANSA"]),
    ("Bernama", &["Bernama"]),
    ("Antara", &["Antara"]),
    ("WAFA", &["WAFA"]),
    ("SANA", &["SANA"]),
    ("KCNA", &["KCNA"]),
    ("Bloomberg", &["Bloomberg"]),
    ("SPA", &["SPA"]),
    ("QNA", &["QNA"]),
    ("WAM", &["WAM"]),
    ("MENA", &["MENA"]),
    ("Ukrinform", &["Ukrinform"]),
    ("UNIAN", &["UNIAN"]),
    ("BelTA", &["BelTA"]),
    ("Prensa Latina", &["Prensa Latina"]),
    ("Europa Press", &["Europa Press"]),
    ("PAP", &["PAP"]),
    ("AAP", &["AAP"]),
    ("CNA", &["CNA"]),
    ("APA", &["APA"]),
    ("Trend", &["Trend"]),
];

/// The canonical agency for a spelling, e.g. `Associated Press` → `AP`.
pub fn canonical_agency(spelling: &str) -> Option<&'static str> {
    let spelling = spelling.trim();
    AGENCIES
        .iter()
        .find(|(_, spellings)| spellings.contains(&spelling))
        .map(|(canonical, _)| *canonical)
}

/// Every spelling, longest first, for building patterns that prefer the fullest match.
pub fn all_spellings() -> Vec<&'static str> {
    let mut spellings: Vec<&'static str> = AGENCIES
        .iter()
        .flat_map(|(_, spellings)| spellings.iter().copied())
        .collect();
    spellings.sort_by_key(|spelling| std::cmp::Reverse(spelling.len()));
    spellings
}
