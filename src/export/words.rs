//! The fixed words of the summaries (HTML and Markdown), in each language
//! the app speaks, from the messages of `locales/<lang>/summary.ftl`.
//! Family, component and question labels come from the framework and the
//! session; these are the rest. Templates take the `{name}` placeholders
//! named in their comments (`{ $name }` in the messages).

use crate::model::Lang;
use crate::profile::Phrases;

#[derive(Debug, Clone, Copy)]
pub struct Words {
    /// The HTML `lang` attribute.
    pub code: &'static str,
    /// Between a label and its value: ": ", and "\u{a0}: " in French.
    pub colon: &'static str,
    /// The language's quotation marks, for the Markdown (the page's are
    /// the browser's, by its `lang`).
    pub quotes: (&'static str, &'static str),
    pub summary: &'static str,
    /// `{date}`.
    pub made_with: &'static str,
    pub place: &'static str,
    pub date: &'static str,
    pub facilitators: &'static str,
    pub contents: &'static str,
    pub who_met: &'static str,
    pub session: &'static str,
    pub group: &'static str,
    pub participants: &'static str,
    pub notes: &'static str,
    pub coded: &'static str,
    pub uncoded: &'static str,
    pub not_known: &'static str,
    pub profiles: &'static str,
    pub profiles_intro: &'static str,
    pub family: &'static str,
    pub count: &'static str,
    pub share: &'static str,
    pub all_questions: &'static str,
    /// `{n}`.
    pub unknown_family_notes: &'static str,
    pub aggregate: &'static str,
    pub pooled: &'static str,
    pub pooled_explained: &'static str,
    pub group_mean: &'static str,
    pub group_mean_explained: &'static str,
    pub comparison: &'static str,
    pub groups_word: &'static str,
    /// `{chi2}`, `{dof}`, `{p}`, `{v}`.
    pub test_line: &'static str,
    /// `{mark}`.
    pub more_less_legend: &'static str,
    pub distance: &'static str,
    pub left_out_groups: &'static str,
    pub left_out_families: &'static str,
    pub criterion: &'static str,
    pub uncoded_notes: &'static str,
    pub no_uncoded: &'static str,
    pub named_most: &'static str,
    pub named_most_intro: &'static str,
    /// `{n}`.
    pub coded_notes: &'static str,
    pub no_coded_yet: &'static str,
    pub differ: &'static str,
    /// `{row}`, `{family}`.
    pub spoke_more: &'static str,
    /// `{row}`, `{family}`.
    pub spoke_less: &'static str,
    /// `{n}`.
    pub more_differences: &'static str,
    pub alike: &'static str,
    pub caution: &'static str,
    pub overview: &'static str,
    pub overview_caption: &'static str,
    pub overview_marks: &'static str,
    /// The HTML table's shading, which Markdown has not.
    pub overview_shading: &'static str,
    pub said: &'static str,
    pub said_intro: &'static str,
    pub in_no_criterion: &'static str,
    pub details: &'static str,
    pub details_intro: &'static str,
    /// `{mark}`.
    pub residual_explained: &'static str,
    /// `{limit}`.
    pub test_explained: &'static str,
    pub method: &'static str,
    /// `{id}`, `{n}`.
    pub framework_line: &'static str,
    pub counting: &'static str,
    pub left_out_why: &'static str,
    pub one_note: &'static str,
    /// `{n}`.
    pub n_notes: &'static str,
    /// `{group}`.
    pub chart_group: &'static str,
    pub chart_all: &'static str,
    /// `{title}`, `{n}`: the title of a summary of several sessions.
    pub and_more: &'static str,
    /// What we do together: the actions.
    pub together: &'static str,
    pub together_intro: &'static str,
    /// `{date}`.
    pub since: &'static str,
    pub actors: &'static str,
    pub what: &'static str,
    pub answers: &'static str,
    pub words_answered: &'static str,
    pub generalise: &'static str,
    pub reports: &'static str,
    pub questions: &'static str,
    pub unanswered: &'static str,
    pub all_answered: &'static str,
    pub phrases: Phrases,
}

impl Words {
    /// The words of `lang`, from its messages (`summary.ftl`).
    fn of(lang: Lang) -> Words {
        let t = |id: &str| crate::i18n::template(lang, id);
        Words {
            code: lang.code(),
            colon: t("summary-colon"),
            quotes: (t("summary-quote-open"), t("summary-quote-close")),
            summary: t("summary-summary"),
            made_with: t("summary-made-with"),
            place: t("summary-place"),
            date: t("summary-date"),
            facilitators: t("summary-facilitators"),
            contents: t("summary-contents"),
            who_met: t("summary-who-met"),
            session: t("summary-session"),
            group: t("summary-group"),
            participants: t("summary-participants"),
            notes: t("summary-notes"),
            coded: t("summary-coded"),
            uncoded: t("summary-uncoded"),
            not_known: t("summary-not-known"),
            profiles: t("summary-profiles"),
            profiles_intro: t("summary-profiles-intro"),
            family: t("summary-family"),
            count: t("summary-count"),
            share: t("summary-share"),
            all_questions: t("summary-all-questions"),
            unknown_family_notes: t("summary-unknown-family-notes"),
            aggregate: t("summary-aggregate"),
            pooled: t("summary-pooled"),
            pooled_explained: t("summary-pooled-explained"),
            group_mean: t("summary-group-mean"),
            group_mean_explained: t("summary-group-mean-explained"),
            comparison: t("summary-comparison"),
            groups_word: t("summary-groups-word"),
            test_line: t("summary-test-line"),
            more_less_legend: t("summary-more-less-legend"),
            distance: t("summary-distance"),
            left_out_groups: t("summary-left-out-groups"),
            left_out_families: t("summary-left-out-families"),
            criterion: t("summary-criterion"),
            uncoded_notes: t("summary-uncoded-notes"),
            no_uncoded: t("summary-no-uncoded"),
            named_most: t("summary-named-most"),
            named_most_intro: t("summary-named-most-intro"),
            coded_notes: t("summary-coded-notes"),
            no_coded_yet: t("summary-no-coded-yet"),
            differ: t("summary-differ"),
            spoke_more: t("summary-spoke-more"),
            spoke_less: t("summary-spoke-less"),
            more_differences: t("summary-more-differences"),
            alike: t("summary-alike"),
            caution: t("summary-caution"),
            overview: t("summary-overview"),
            overview_caption: t("summary-overview-caption"),
            overview_marks: t("summary-overview-marks"),
            overview_shading: t("summary-overview-shading"),
            said: t("summary-said"),
            said_intro: t("summary-said-intro"),
            in_no_criterion: t("summary-in-no-criterion"),
            details: t("summary-details"),
            details_intro: t("summary-details-intro"),
            residual_explained: t("summary-residual-explained"),
            test_explained: t("summary-test-explained"),
            method: t("summary-method"),
            framework_line: t("summary-framework-line"),
            counting: t("summary-counting"),
            left_out_why: t("summary-left-out-why"),
            one_note: t("summary-one-note"),
            n_notes: t("summary-n-notes"),
            chart_group: t("summary-chart-group"),
            chart_all: t("summary-chart-all"),
            and_more: t("summary-and-more"),
            together: t("summary-together"),
            together_intro: t("summary-together-intro"),
            since: t("summary-action-since"),
            actors: t("summary-action-actors"),
            what: t("summary-action-what"),
            answers: t("summary-action-families"),
            words_answered: t("summary-action-words"),
            generalise: t("summary-action-generalise"),
            reports: t("summary-action-reports"),
            questions: t("summary-action-questions"),
            unanswered: t("summary-unanswered"),
            all_answered: t("summary-all-answered"),
            phrases: *Phrases::of(lang),
        }
    }
}

/// The summary's words in `lang`, made the first time they are asked for.
pub fn words(lang: Lang) -> &'static Words {
    static MADE: [std::sync::OnceLock<Words>; Lang::ALL.len()] =
        [const { std::sync::OnceLock::new() }; Lang::ALL.len()];
    MADE[lang.index()].get_or_init(|| Words::of(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of the summary and every phrase of the comparison comes
    /// from its message in every language (a missing one reads as its id,
    /// "summary-…", or as English), with its slots kept for the writer.
    #[test]
    fn every_word_comes_from_its_message() {
        for lang in Lang::ALL {
            let w = format!("{:?}", words(lang));
            assert!(!w.contains("\"summary-"), "{}: {w}", lang.code());
            assert!(!w.contains("\"phrases-"), "{}: {w}", lang.code());
        }
        let sv = words(Lang::Sv);
        assert_eq!(sv.coded_notes, "Kodade lappar: {n}");
        assert_eq!(sv.phrases.strengths[4], "skiljer sig kraftigt åt");
        assert_eq!(words(Lang::Fr).colon, "\u{a0}: ");
        assert_eq!(words(Lang::Fr).quotes, ("«\u{202f}", "\u{202f}»"));
        assert_eq!(words(Lang::En).made_with, "Made with spiral on {date}.");
        assert_eq!(words(Lang::Da).code, "da");
    }
}
