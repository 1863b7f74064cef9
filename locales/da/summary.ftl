## The summary pages' fixed words (export/words.rs): HTML and Markdown.
## Family, component and question labels come from the framework and the session.

summary-colon = {": "}
summary-summary = Sammenfatning
summary-made-with = Lavet med { -app } den { $date }.
summary-place = Sted
summary-date = Dato
summary-facilitators = Mødeledere
summary-contents = Indhold
summary-who-met = Hvem mødtes
summary-session = Møde
summary-group = Gruppe
summary-participants = Deltagere
summary-notes = Sedler
summary-coded = Kodede
summary-uncoded = Ikke kodede
summary-not-known = ukendt
summary-profiles = Hver gruppes profil
summary-profiles-intro = Andelen af gruppens kodede sedler i hver familie, for alle spørgsmål og for hvert spørgsmål. Sedler uden kode tælles for sig og er ikke med i andelene.
summary-family = Familie
summary-count = Sedler
summary-share = Andel
summary-all-questions = Alle spørgsmål
summary-unknown-family-notes = { $n } sedler, der er kodet med en familie, som denne referenceramme ikke kender, er ikke med i andelene.
summary-aggregate = Alle grupper samlet
summary-pooled = Samlet
summary-pooled-explained = alle sedler lagt sammen: store grupper vejer mere
summary-group-mean = Gruppegennemsnit
summary-group-mean-explained = gennemsnittet af gruppernes andele: hver gruppe tæller én gang
summary-comparison = Sammenligning
summary-groups-word = grupper
summary-test-line = Chi-i-anden-test for homogenitet: χ² = { $chi2 }, { $dof } frihedsgrader, p { $p }; Cramérs V = { $v }.
summary-more-less-legend = + / −: gruppen nævner denne familie markant oftere / sjældnere end de andre (justeret residual uden for ±{ $mark }).
summary-distance = Hver gruppes afstand fra profilen for alle grupper (0: samme profil; 1: intet til fælles)
summary-left-out-groups = Grupper uden kodede sedler, som er udeladt af testen
summary-left-out-families = Familier uden sedler, som er udeladt af testen
summary-criterion = Kriterium
summary-uncoded-notes = Sedler uden kode
summary-no-uncoded = Alle sedler er kodet.
summary-named-most = Det, grupperne nævnte mest
summary-named-most-intro = For hvert spørgsmål de familier, der fik flest sedler (andelen af spørgsmålets kodede sedler, alle grupper samlet), med nogle af deltagernes egne ord.
summary-coded-notes = Kodede sedler: { $n }
summary-no-coded-yet = Ingen seddel til dette spørgsmål er kodet endnu.
summary-differ = Hvor grupperne adskiller sig
summary-spoke-more = { $row } talte mere om { $family } end de andre grupper.
summary-spoke-less = { $row } talte mindre om { $family } end de andre grupper.
summary-more-differences = Detaljerne viser { $n } mere.
summary-alike = Gruppernes profiler adskiller sig ikke mere, end tilfældigheder alene kan forklare: ingen gruppe skiller sig ud.
summary-caution = Læs dette med forsigtighed: mange familier har få sedler, så testen kan kun give et fingerpeg.
summary-overview = Alle grupper side om side
summary-overview-caption = I hver celle: andelen af gruppens kodede sedler i familien og antallet af sedler.
summary-overview-shading = Mørkere celler har større andele.
summary-overview-marks = + / −: gruppen talte markant mere / mindre om familien end de andre.
summary-said = Alle deltageres ord
summary-said-intro = Hver kodet seddel, som den blev skrevet, efter familie: først syntesens kriterier, hvert med de sedler, der er slået sammen under det, derefter de sedler, der ikke hører til noget kriterium, efter spørgsmål. En syntese er aldrig neutral: dette er de ord, den blev lavet af.
summary-in-no-criterion = Uden for kriterierne
summary-details = Detaljer for koordinatorer
summary-details-intro = Tallene bag første side: hver gruppes profil, sammenligningen og dens test, og hvordan sedlerne blev talt.
summary-residual-explained = Mærket + eller − kommer fra det justerede residual: hvor langt gruppens antal i en familie ligger fra det, det ville være, hvis alle grupper talte ens, målt i standardenheder. Uden for ±{ $mark } skyldes en så stor forskel næppe tilfældigheder.
summary-test-explained = Chi-i-anden-testen for homogenitet prøver, om gruppernes profiler adskiller sig mere, end tilfældigheder ville give: p er chancen for mindst så store forskelle, hvis grupperne var ens (under { $limit }: næppe tilfældigheder); Cramérs V, fra 0 til 1, angiver, hvor store forskellene er.
summary-method = Referenceramme og optælling
summary-framework-line = Referenceramme: { $id }, { $n } familier.
summary-counting = En andel regnes af gruppens kodede sedler; sedler, der ikke er kodet endnu, indgår ikke i nogen andel.
summary-left-out-why = En test kræver antal: en gruppe uden kodede sedler har ingen profil, og en familie, som ingen gruppe nævnte, kan ikke skelne grupperne fra hinanden.
summary-one-note = 1 seddel
summary-n-notes = { $n } sedler
summary-chart-group = { $group }: andelen af gruppens kodede sedler i hver familie (alle spørgsmål)
summary-chart-all = Alle grupper samlet: andelen af de kodede sedler i hver familie (alle spørgsmål), samlet og som gennemsnit af grupperne
summary-and-more = { $title } og { $n } møder mere
summary-quote-open = »
summary-quote-close = «

## The comparison in plain words (profile/compare.rs), for the summary, the
## comparison screen and the command line.

phrases-significant = Profilerne for de { $n } { $what } { $strength } (V = { $v }), og så store forskelle skyldes næppe tilfældigheder (p { $p }).
phrases-chance = Profilerne for de { $n } { $what } adskiller sig ikke mere, end tilfældigheder alene kan forklare (p { $p }, V = { $v }).
phrases-notably-more = { $row } nævner { $family } markant oftere end de andre (residual { $z }).
phrases-notably-less = { $row } nævner { $family } markant sjældnere end de andre (residual { $z }).
phrases-unreliable = Bemærk: { $share } % af de forventede antal er under 5, så testen er ikke pålidelig.
phrases-no-notes = ingen test: der er ingen kodede sedler at sammenligne
phrases-one-row = ingen test: kun »{ $row }« har kodede sedler, og en profil skal have en anden at blive sammenlignet med
phrases-one-family = ingen test: alle kodede sedler hører til { $family }, så alle profilerne er ens
phrases-strength-0 = adskiller sig næsten ikke
phrases-strength-1 = adskiller sig lidt
phrases-strength-2 = adskiller sig moderat
phrases-strength-3 = adskiller sig tydeligt
phrases-strength-4 = adskiller sig stærkt

## What we do together: the co-responsibility actions (export/summary/build/together.rs).
summary-together = Det, vi gør sammen
summary-together-intro = De handlinger, området har taget op sammen som svar på det, grupperne sagde: hvem der deltager, hvad og hvorfor, hvilke af deltagernes ord hver handling svarer på, hvordan det går, og hvad der stadig er åbent.
summary-action-since = siden { $date }
summary-action-actors = Hvem der deltager
summary-action-what = Hvad og hvorfor
summary-action-families = Svarer på
summary-action-words = Deltagernes ord, den svarer på
summary-action-generalise = Mulighed for at udbrede den
summary-action-reports = Statusrapporter
# The reports shown, when an action has more: $n shown, $total in all.
summary-action-reports-latest = de { $n } seneste af { $total }
summary-action-questions = Åbne spørgsmål
summary-unanswered = Familier, grupperne nævnte mest, som ingen handling svarer på endnu
summary-all-answered = Hver familie, grupperne nævnte mest, har en handling, der svarer på den.
