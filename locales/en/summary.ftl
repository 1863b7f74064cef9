## The summary pages' fixed words (export/words.rs): HTML and Markdown.
## Family, component and question labels come from the framework and the session.

summary-colon = {": "}
summary-summary = Summary
summary-made-with = Made with { -app } on { $date }.
summary-place = Place
summary-date = Date
summary-facilitators = Facilitators
summary-contents = Contents
summary-who-met = Who met
summary-session = Session
summary-group = Group
summary-participants = Participants
summary-notes = Notes
summary-coded = Coded
summary-uncoded = Uncoded
summary-not-known = not known
summary-profiles = Each group's profile
summary-profiles-intro = The share of the group's coded notes in each family, for all questions and for each question. Uncoded notes are counted apart, not in the shares.
summary-family = Family
summary-count = Notes
summary-share = Share
summary-all-questions = All questions
summary-unknown-family-notes = { $n } notes coded with a family this framework does not know are not in the shares.
summary-aggregate = All groups together
summary-pooled = Pooled
summary-pooled-explained = all notes together: larger groups weigh more
summary-group-mean = Group mean
summary-group-mean-explained = the mean of the groups' shares: each group counts once
summary-comparison = Comparison
summary-groups-word = groups
summary-test-line = Chi-square test of homogeneity: χ² = { $chi2 }, { $dof } degrees of freedom, p { $p }; Cramér's V = { $v }.
summary-more-less-legend = + / −: the group mentions this family notably more / less than the others (adjusted residual beyond ±{ $mark }).
summary-distance = Distance of each group from the profile of all groups (0: the same profile; 1: nothing in common)
summary-left-out-groups = Groups with no coded note, left out of the test
summary-left-out-families = Families with no note, left out of the test
summary-criterion = Criterion
summary-uncoded-notes = Notes not coded
summary-no-uncoded = Every note is coded.
summary-named-most = What the groups named most
summary-named-most-intro = For each question, the families with the most notes (the share of the question's coded notes, every group together), with some of the citizens' own words.
summary-coded-notes = Coded notes: { $n }
summary-no-coded-yet = No note of this question is coded yet.
summary-differ = Where the groups differ
summary-spoke-more = { $row } spoke of { $family } more than the other groups.
summary-spoke-less = { $row } spoke of { $family } less than the other groups.
summary-more-differences = The details show { $n } more.
summary-alike = The groups' profiles differ no more than chance alone could make them: no group stands apart.
summary-caution = Read this with care: many families have few notes, so the test can only give a hint.
summary-overview = Every group side by side
summary-overview-caption = In each cell: the share of the group's coded notes in the family, and the number of notes.
summary-overview-shading = Darker cells hold larger shares.
summary-overview-marks = + / −: the group spoke of the family notably more / less than the others.
summary-said = Every citizen's words
summary-said-intro = Every coded note as it was written, by family: first the criteria of the synthesis, each with the notes merged into it, then the notes merged into none, by question. A synthesis is never neutral: these are the words it was made from.
summary-in-no-criterion = In no criterion
summary-details = Details for coordinators
summary-details-intro = The numbers behind the first page: each group's profile, the comparison and its test, and how the notes were counted.
summary-residual-explained = The mark + or − comes from the adjusted residual: how far the group's count in a family is from what it would be if every group spoke alike, in standard units. Beyond ±{ $mark }, a difference that large is unlikely to be chance.
summary-test-explained = The chi-square test of homogeneity asks whether the groups' profiles differ more than chance would make them: p is the chance of differences at least this large if the groups were alike (under { $limit }: unlikely to be chance); Cramér's V, from 0 to 1, says how large the differences are.
summary-method = Framework and counting
summary-framework-line = Framework: { $id }, { $n } families.
summary-counting = A share is of the group's coded notes; notes not coded yet are in no share.
summary-left-out-why = A test needs counts: a group with no coded note has no profile, and a family no group named cannot tell the groups apart.
summary-one-note = 1 note
summary-n-notes = { $n } notes
summary-chart-group = { $group }: the share of its coded notes in each family (all questions)
summary-chart-all = Every group together: the share of the coded notes in each family (all questions), pooled and as the mean of the groups
summary-and-more = { $title } and { $n } more sessions
summary-quote-open = “
summary-quote-close = ”

## The comparison in plain words (profile/compare.rs), for the summary, the
## comparison screen and the command line.

phrases-significant = The { $n } { $what }' profiles { $strength } (V = { $v }), and differences this large are unlikely to be chance (p { $p }).
phrases-chance = The { $n } { $what }' profiles differ no more than chance alone could make them (p { $p }, V = { $v }).
phrases-notably-more = { $row } mention { $family } notably more than the others (residual { $z }).
phrases-notably-less = { $row } mention { $family } notably less than the others (residual { $z }).
phrases-unreliable = Careful: { $share } % of the expected counts are under 5, so the test is unreliable.
phrases-no-notes = no test: there is no coded note to compare
phrases-one-row = no test: only “{ $row }” has coded notes, and a profile needs another to be compared with
phrases-one-family = no test: every coded note is in { $family }, so all the profiles are the same
phrases-strength-0 = hardly differ
phrases-strength-1 = differ little
phrases-strength-2 = differ moderately
phrases-strength-3 = differ clearly
phrases-strength-4 = differ strongly

## What we do together: the co-responsibility actions (export/summary/build/together.rs).
summary-together = What we do together
summary-together-intro = The actions the territory took up together in answer to what the groups said: who takes part, what and why, the citizens' words each one answers, how it is going and what is still open.
summary-action-since = since { $date }
summary-action-actors = Who takes part
summary-action-what = What and why
summary-action-families = It answers
summary-action-words = The citizens' words it answers
summary-action-generalise = Potential to generalise
summary-action-reports = Progress reports
# The reports shown, when an action has more: $n shown, $total in all.
summary-action-reports-latest = the { $n } latest of { $total }
summary-action-questions = Open questions
summary-unanswered = The families the groups named most that no action answers yet
summary-all-answered = Every family the groups named most has an action that answers it.
