## The summary pages' fixed words (export/words.rs): HTML and Markdown.
## Family, component and question labels come from the framework and the session.

summary-colon = {"\u00A0: "}
summary-summary = Résumé
summary-made-with = Réalisé avec { -app } le { $date }.
summary-place = Lieu
summary-date = Date
summary-facilitators = Animateurs
summary-contents = Sommaire
summary-who-met = Qui s'est réuni
summary-session = Séance
summary-group = Groupe
summary-participants = Participants
summary-notes = Notes
summary-coded = Codées
summary-uncoded = Non codées
summary-not-known = inconnu
summary-profiles = Le profil de chaque groupe
summary-profiles-intro = La part des notes codées du groupe dans chaque famille, pour l'ensemble des questions et pour chaque question. Les notes non codées sont comptées à part, et pas dans les parts.
summary-family = Famille
summary-count = Notes
summary-share = Part
summary-all-questions = Toutes les questions
summary-unknown-family-notes = { $n } notes codées avec une famille que ce cadre de référence ne connaît pas ne sont pas comptées dans les parts.
summary-aggregate = Tous les groupes ensemble
summary-pooled = Cumulé
summary-pooled-explained = toutes les notes ensemble : les grands groupes pèsent plus
summary-group-mean = Moyenne des groupes
summary-group-mean-explained = la moyenne des parts des groupes : chaque groupe compte une fois
summary-comparison = Comparaison
summary-groups-word = groupes
summary-test-line = Test d'homogénéité du khi-deux : χ² = { $chi2 }, { $dof } degrés de liberté, p { $p } ; V de Cramér = { $v }.
summary-more-less-legend = + / − : le groupe cite cette famille nettement plus / moins souvent que les autres (résidu ajusté au-delà de ±{ $mark }).
summary-distance = Distance de chaque groupe au profil de l'ensemble des groupes (0 : le même profil ; 1 : rien en commun)
summary-left-out-groups = Groupes sans note codée, laissés hors du test
summary-left-out-families = Familles sans note, laissées hors du test
summary-criterion = Critère
summary-uncoded-notes = Notes non codées
summary-no-uncoded = Toutes les notes sont codées.
summary-named-most = Ce que les groupes ont le plus cité
summary-named-most-intro = Pour chaque question, les familles qui ont reçu le plus de notes (la part des notes codées de la question, tous groupes réunis), avec quelques mots des participants eux-mêmes.
summary-coded-notes = Notes codées : { $n }
summary-no-coded-yet = Aucune note de cette question n'est encore codée.
summary-differ = Là où les groupes diffèrent
summary-spoke-more = { $row } a parlé de { $family } davantage que les autres groupes.
summary-spoke-less = { $row } a parlé de { $family } moins que les autres groupes.
summary-more-differences = Les détails en montrent { $n } de plus.
summary-alike = Les profils des groupes ne diffèrent pas plus que ce que le hasard seul pourrait produire : aucun groupe ne se distingue.
summary-caution = À lire avec prudence : beaucoup de familles ont peu de notes, le test ne donne donc qu'une indication.
summary-overview = Tous les groupes côte à côte
summary-overview-caption = Dans chaque case : la part des notes codées du groupe dans la famille, et le nombre de notes.
summary-overview-shading = Plus la case est foncée, plus la part est grande.
summary-overview-marks = + / − : le groupe a parlé de la famille nettement plus / moins que les autres.
summary-said = Les mots de chaque participant
summary-said-intro = Chaque note codée telle qu'elle a été écrite, par famille : d'abord les critères de la synthèse, chacun avec les notes qui y sont regroupées, puis les notes regroupées sous aucun critère, par question. Une synthèse n'est jamais neutre : voici les mots dont elle est faite.
summary-in-no-criterion = Hors des critères
summary-details = Détails pour les coordinateurs
summary-details-intro = Les chiffres derrière la première page : le profil de chaque groupe, la comparaison et son test, et la façon dont les notes ont été comptées.
summary-residual-explained = La marque + ou − vient du résidu ajusté : l'écart entre le nombre de notes du groupe dans une famille et ce qu'il serait si tous les groupes parlaient de la même façon, en unités standard. Au-delà de ±{ $mark }, un écart aussi grand a peu de chances d'être dû au hasard.
summary-test-explained = Le test d'homogénéité du khi-deux demande si les profils des groupes diffèrent plus que le hasard ne le ferait : p est la probabilité d'écarts au moins aussi grands si les groupes étaient semblables (sous { $limit } : peu probable par hasard) ; le V de Cramér, de 0 à 1, dit l'ampleur des écarts.
summary-method = Cadre et décompte
summary-framework-line = Cadre de référence : { $id }, { $n } familles.
summary-counting = Une part se calcule sur les notes codées du groupe ; les notes pas encore codées n'entrent dans aucune part.
summary-left-out-why = Un test a besoin d'effectifs : un groupe sans note codée n'a pas de profil, et une famille qu'aucun groupe n'a citée ne peut pas distinguer les groupes.
summary-one-note = 1 note
summary-n-notes = { $n } notes
summary-chart-group = { $group } : la part de ses notes codées dans chaque famille (toutes les questions)
summary-chart-all = Tous les groupes ensemble : la part des notes codées dans chaque famille (toutes les questions), regroupées et en moyenne des groupes
summary-and-more = { $title } et { $n } autres séances
summary-quote-open = {"«\u202F"}
summary-quote-close = {"\u202F»"}

## The comparison in plain words (profile/compare.rs), for the summary, the
## comparison screen and the command line.

phrases-significant = Les profils des { $n } { $what } { $strength } (V = { $v }), et des écarts aussi grands ont peu de chances d'être dus au hasard (p { $p }).
phrases-chance = Les profils des { $n } { $what } ne diffèrent pas plus que ce que le hasard seul pourrait produire (p { $p }, V = { $v }).
phrases-notably-more = { $row } : la famille { $family } revient nettement plus souvent qu'ailleurs (résidu { $z }).
phrases-notably-less = { $row } : la famille { $family } revient nettement moins souvent qu'ailleurs (résidu { $z }).
phrases-unreliable = Attention : { $share } % des effectifs attendus sont inférieurs à 5, le test n'est donc pas fiable.
phrases-no-notes = pas de test : il n'y a aucune note codée à comparer
phrases-one-row = pas de test : seul « { $row } » contient des notes codées, et il faut au moins deux profils pour comparer
phrases-one-family = pas de test : toutes les notes codées sont dans la famille { $family }, donc tous les profils sont identiques
phrases-strength-0 = diffèrent à peine
phrases-strength-1 = diffèrent peu
phrases-strength-2 = diffèrent modérément
phrases-strength-3 = diffèrent nettement
phrases-strength-4 = diffèrent fortement

## What we do together: the co-responsibility actions (export/summary/build/together.rs).
summary-together = Ce que nous faisons ensemble
summary-together-intro = Les actions que le territoire a engagées ensemble en réponse à ce que les groupes ont dit : qui y prend part, quoi et pourquoi, les mots des participants auxquels chacune répond, où elle en est et ce qui reste ouvert.
summary-action-since = depuis { $date }
summary-action-actors = Qui y prend part
summary-action-what = Quoi et pourquoi
summary-action-families = Elle répond à
summary-action-words = Les mots des participants auxquels elle répond
summary-action-generalise = Potentiel de généralisation
summary-action-reports = Points d'étape
# The reports shown, when an action has more: $n shown, $total in all.
summary-action-reports-latest = les { $n } derniers sur { $total }
summary-action-questions = Questions ouvertes
summary-unanswered = Les familles que les groupes ont le plus citées et auxquelles aucune action ne répond encore
summary-all-answered = Chaque famille que les groupes ont le plus citée a une action qui y répond.
