## The summary pages' fixed words (export/words.rs): HTML and Markdown.
## Family, component and question labels come from the framework and the session.

summary-colon = {": "}
summary-summary = Sammanställning
summary-made-with = Gjord med { -app } den { $date }.
summary-place = Plats
summary-date = Datum
summary-facilitators = Samtalsledare
summary-contents = Innehåll
summary-who-met = Vilka som träffades
summary-session = Träff
summary-group = Grupp
summary-participants = Deltagare
summary-notes = Lappar
summary-coded = Kodade
summary-uncoded = Okodade
summary-not-known = okänt
summary-profiles = Varje grupps profil
summary-profiles-intro = Andelen av gruppens kodade lappar i varje familj, för alla frågor och för varje fråga. Okodade lappar räknas för sig, inte i andelarna.
summary-family = Familj
summary-count = Lappar
summary-share = Andel
summary-all-questions = Alla frågor
summary-unknown-family-notes = { $n } lappar som är kodade med en familj som det här ramverket inte känner till ingår inte i andelarna.
summary-aggregate = Alla grupper tillsammans
summary-pooled = Sammanslaget
summary-pooled-explained = alla lappar tillsammans: större grupper väger tyngre
summary-group-mean = Gruppmedelvärde
summary-group-mean-explained = medelvärdet av gruppernas andelar: varje grupp räknas en gång
summary-comparison = Jämförelse
summary-groups-word = grupper
summary-test-line = Chi-två-test för homogenitet: χ² = { $chi2 }, { $dof } frihetsgrader, p { $p }; Cramérs V = { $v }.
summary-more-less-legend = + / −: gruppen nämner den här familjen märkbart oftare / mer sällan än de andra (justerad residual utanför ±{ $mark }).
summary-distance = Varje grupps avstånd från profilen för alla grupper (0: samma profil; 1: inget gemensamt)
summary-left-out-groups = Grupper utan kodade lappar, som inte är med i testet
summary-left-out-families = Familjer utan lappar, som inte är med i testet
summary-criterion = Kriterium
summary-uncoded-notes = Lappar som inte är kodade
summary-no-uncoded = Alla lappar är kodade.
summary-named-most = Det grupperna nämnde mest
summary-named-most-intro = För varje fråga de familjer som fick flest lappar (andelen av frågans kodade lappar, alla grupper tillsammans), med några av deltagarnas egna ord.
summary-coded-notes = Kodade lappar: { $n }
summary-no-coded-yet = Ingen lapp på den här frågan är kodad än.
summary-differ = Där grupperna skiljer sig åt
summary-spoke-more = { $row } talade mer om { $family } än de andra grupperna.
summary-spoke-less = { $row } talade mindre om { $family } än de andra grupperna.
summary-more-differences = Detaljerna visar { $n } till.
summary-alike = Gruppernas profiler skiljer sig inte mer åt än vad slumpen ensam kan förklara: ingen grupp sticker ut.
summary-caution = Läs det här med försiktighet: många familjer har få lappar, så testet kan bara ge en fingervisning.
summary-overview = Alla grupper sida vid sida
summary-overview-caption = I varje ruta: andelen av gruppens kodade lappar i familjen och antalet lappar.
summary-overview-shading = Mörkare rutor har större andelar.
summary-overview-marks = + / −: gruppen talade märkbart mer / mindre om familjen än de andra.
summary-said = Alla deltagares ord
summary-said-intro = Varje kodad lapp som den skrevs, per familj: först syntesens kriterier, vart och ett med de lappar som slagits ihop under det, sedan lapparna som inte hör till något kriterium, per fråga. En syntes är aldrig neutral: det här är orden den gjordes av.
summary-in-no-criterion = Utanför kriterierna
summary-details = Detaljer för samordnare
summary-details-intro = Siffrorna bakom första sidan: varje grupps profil, jämförelsen och dess test, och hur lapparna räknades.
summary-residual-explained = Markeringen + eller − kommer från den justerade residualen: hur långt gruppens antal i en familj ligger från vad det skulle vara om alla grupper talade likadant, mätt i standardenheter. Utanför ±{ $mark } beror en så stor skillnad knappast på slumpen.
summary-test-explained = Chi-två-testet för homogenitet prövar om gruppernas profiler skiljer sig mer än slumpen skulle ge: p är chansen till minst så stora skillnader om grupperna vore lika (under { $limit }: knappast slumpen); Cramérs V, från 0 till 1, anger hur stora skillnaderna är.
summary-method = Ramverk och räkning
summary-framework-line = Ramverk: { $id }, { $n } familjer.
summary-counting = En andel räknas av gruppens kodade lappar; lappar som inte är kodade än ingår inte i någon andel.
summary-left-out-why = Ett test behöver antal: en grupp utan kodade lappar har ingen profil, och en familj som ingen grupp nämnde kan inte skilja grupperna åt.
summary-one-note = 1 lapp
summary-n-notes = { $n } lappar
summary-chart-group = { $group }: andelen av gruppens kodade lappar i varje familj (alla frågor)
summary-chart-all = Alla grupper tillsammans: andelen av de kodade lapparna i varje familj (alla frågor), sammanslaget och som gruppmedelvärde
summary-and-more = { $title } och { $n } träffar till
summary-quote-open = ”
summary-quote-close = ”

## The comparison in plain words (profile/compare.rs), for the summary, the
## comparison screen and the command line.

phrases-significant = Profilerna för de { $n } { $what } som jämförs { $strength } (V = { $v }), och så stora skillnader beror knappast på slumpen (p { $p }).
phrases-chance = Profilerna för de { $n } { $what } som jämförs skiljer sig inte mer åt än vad slumpen ensam kan förklara (p { $p }, V = { $v }).
phrases-notably-more = { $row } nämner { $family } märkbart oftare än de andra (residual { $z }).
phrases-notably-less = { $row } nämner { $family } märkbart mer sällan än de andra (residual { $z }).
phrases-unreliable = Obs: { $share } % av de förväntade antalen är under 5, så testet är inte tillförlitligt.
phrases-no-notes = inget test: det finns inga kodade lappar att jämföra
phrases-one-row = inget test: bara ”{ $row }” har kodade lappar, och en profil behöver en annan att jämföras med
phrases-one-family = inget test: alla kodade lappar hör till { $family }, så alla profiler är likadana
phrases-strength-0 = skiljer sig knappt åt
phrases-strength-1 = skiljer sig lite åt
phrases-strength-2 = skiljer sig måttligt åt
phrases-strength-3 = skiljer sig tydligt åt
phrases-strength-4 = skiljer sig kraftigt åt

## What we do together: the co-responsibility actions (export/summary/build/together.rs).
summary-together = Det vi gör tillsammans
summary-together-intro = Åtgärderna som området tagit sig an tillsammans som svar på det grupperna sa: vilka som deltar, vad och varför, vilka av deltagarnas ord varje åtgärd svarar på, hur det går och vad som ännu är öppet.
summary-action-since = sedan { $date }
summary-action-actors = Vilka som deltar
summary-action-what = Vad och varför
summary-action-families = Svarar på
summary-action-words = Deltagarnas ord som den svarar på
summary-action-generalise = Möjlighet att generalisera
summary-action-reports = Lägesrapporter
# The reports shown, when an action has more: $n shown, $total in all.
summary-action-reports-latest = de { $n } senaste av { $total }
summary-action-questions = Öppna frågor
summary-unanswered = Familjer som grupperna nämnde mest och som ingen åtgärd svarar på ännu
summary-all-answered = Varje familj som grupperna nämnde mest har en åtgärd som svarar på den.
