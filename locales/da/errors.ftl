## Why an import, an edit, a merge, a reconcile or an export was refused, and what a file says is wrong in it (import/, ops/, model/, merge.rs, reconcile.rs, export/, profile/, territory/, intake.rs).

## Import (import/): hvorfor en fil, eller nogle af dens rækker, ikke kan importeres.
## Så importeres intet. Præfikserne `path:line:col` tilføjes af koden.

# En rækkes grund, efter linjenummeret: »linje 12: rækken angiver ingen gruppe«.
import-at-line = linje { $line }: { $reason }
# Første linje i en afvist import, før rækkerne; $count er $n, som det vises; $n vælger flertalsformen.
import-rows = { $n ->
    [one] { $count } række kan ikke importeres, så intet blev importeret:
   *[other] { $count } rækker kan ikke importeres, så intet blev importeret:
}
# Efter de første 20 rækker: hvor mange flere der ikke kan importeres ($more er $n, som det vises).
import-more = { $n ->
   *[other] … og { $more } til
}
import-nul = filen indeholder NUL-bytes: den er ikke et regneark i tekstformat, eller også er den UTF-16; gem den som UTF-8 ("CSV UTF-8"), og importér den igen
import-not-utf8 = filen er ikke tekst i UTF-8; hvis den er Latin-1 (ISO-8859-1), så importér den med --encoding latin1
import-not-utf16 = filen begynder som UTF-16-tekst (dens byte-rækkefølgemærke) men er ikke UTF-16 herfra; gem den som UTF-8 ("CSV UTF-8"), og importér den igen
import-no-question = intet spørgsmål `{ $question }` i mødet; dets spørgsmål er: { $questions }
import-text-empty = sedlens tekst er tom
import-group-empty = rækken angiver ingen gruppe
import-no-question-row = intet spørgsmål `{ $question }` i mødet (dets spørgsmål: { $questions })
import-no-question-column = intet spørgsmål: tilføj en kolonne `question`, eller angiv --question
# $keys: hvor mange familier referencerammen har (en families nummer er 1 til $keys).
import-no-family = ingen familie `{ $family }` i referencerammen `{ $framework }` (brug et nummer 1-{ $keys }, et id eller en betegnelse)
import-no-component = ingen komponent `{ $component }` i familien `{ $family }`
import-component-without-family = en komponent uden familie
import-codings-columns = kodninger kræver kolonnerne `id` og `family` (sådan som `spiral export --format csv-notes` skriver dem)
import-no-note = ingen seddel `{ $id }` i mødet
import-quote-open = anførselstegnet, der åbner denne celle, lukkes aldrig, så alle linjer efter det ville blive en del af cellen
import-quote-then-text = tekst efter anførselstegnet, der lukker en celle; et anførselstegn inde i en celle i anførselstegn skrives dobbelt ("")
import-quote-inside = et anførselstegn inde i en celle, der ikke begynder med et; sæt cellen i anførselstegn, og skriv anførselstegnet dobbelt ("")
import-header-columns = overskriftslinjen skal mindst have kolonnerne `group` og `text` (den har: { $columns })
# $named: hvor mange kolonner overskriftslinjen har; $delimiter: `,` eller `;`.
import-extra-cells = { $cells } celler, men overskriftslinjen har { $named } kolonner; sæt en tekst, der indeholder `{ $delimiter }`, i anførselstegn

## Tilføje en seddel til et mødes fil (ops/add.rs, `spiral add`).

# Afslutter »… er åbent i en anden spiral (Ana), stadig efter 5 s; …«.
ops-add-then = tilføj sedlen der, eller luk det først
ops-add-no-question = intet spørgsmål `{ $question }` i { $file }; dets spørgsmål er: { $questions }
ops-add-group-empty = gruppens navn er tomt
ops-add-no-group = ingen gruppe ved navn `{ $group }` i { $file }; dets grupper er: { $groups } (tilføj --create-group for at oprette den)
# Grupperne i et møde, der ikke har nogen, i ops-add-no-group.
ops-add-no-groups = ingen
ops-add-note-empty = sedlen er tom
ops-add-no-coder = ingen er angivet til at skrive sedlen: angiv --coder NAVN (eller sæt SPIRAL_CODER, eller mødets mødeledere med spiral set --facilitator NAVN)

## Kontrol af en fil (ops/check.rs, `spiral check`), efter »path:« eller »path:line:col:«.

ops-check-other-framework = advarsel: kodet med referencerammen `{ $coded }`, kontrolleret mod `{ $framework }`
ops-check-unknown-family = advarsel: seddel { $note } er kodet `{ $family }`, en familie, som referencerammen `{ $framework }` ikke kender (beholdt, vist som ukendt)
ops-check-unknown-component = advarsel: seddel { $note } har komponenten `{ $component }`, som familien `{ $family }` i referencerammen `{ $framework }` ikke har (beholdt, vist som ukendt)
# $notes er $n, som det vises; $n vælger flertalsformen.
ops-check-ok = ok ({ $groups ->
    [one] { $groups } gruppe
   *[other] { $groups } grupper
}, { $n ->
    [one] { $notes } seddel
   *[other] { $notes } sedler
}, heraf { $coded } kodet)

## To kodere (ops/coders.rs) og fletninger (ops/merge.rs).

ops-coder-empty = koderens navn er tomt
# Hvorfor en ny fil ikke skrives over en, der findes: »… findes allerede; blindkopien er en ny fil«.
ops-new-blind-copy = blindkopien er en ny fil
ops-new-reconcile = filen, der skal afstemmes i, er en ny fil
ops-new-merge = fletningen skriver en ny fil
# »12 fælles sedler: 9 kodet ens af Ana og Lisa, 3 skal afgøres.« $shared er $n, som det vises; $n vælger flertalsformen.
ops-reconciling = { $n ->
    [one] { $shared } fælles seddel
   *[other] { $shared } fælles sedler
}: { $agreed } kodet ens af { $first } og { $second }, { $to_decide } skal afgøres.
# $notes er $n, som det vises; $n vælger flertalsformen.
ops-merged = Flettede { $files ->
    [one] { $files } møde
   *[other] { $files } møder
} til { $file }: { $n ->
    [one] { $notes } seddel
   *[other] { $notes } sedler
}.
# Følger ops-merged. $conflicts er $n, som det vises; $n vælger flertalsformen.
ops-merged-conflicts = { $n ->
    [one] { $conflicts } konflikt (den seneste ændring er beholdt): listet i { $list }.
   *[other] { $conflicts } konflikter (den seneste ændring er beholdt): listet i { $list }.
}

## Mødets oplysninger og spørgsmål, sådan som oplysningsformularen og `spiral set` afviser dem (ops/details.rs).

ops-details-title = Et møde skal have en titel.
ops-details-date = »{ $date }« er ikke en dato: skriv den ÅÅÅÅ-MM-DD (2026-11-23).
ops-details-question-words = Et spørgsmål skal have ord.
ops-details-no-question = Spørgsmålet findes ikke.
ops-details-at-end = Det står allerede først eller sidst.
ops-details-answered = { $n ->
    [one] »{ $question }« besvares af { $n } seddel: spørgsmålene beholder den rækkefølge, de blev stillet i.
   *[other] »{ $question }« besvares af { $n } sedler: spørgsmålene beholder den rækkefølge, de blev stillet i.
}
ops-details-no-group = Gruppen findes ikke.
ops-details-group-name = En gruppe skal have et navn.
ops-details-group-taken = En anden gruppe hedder allerede »{ $name }«.

## Det, der gør et mødes fil selvmodsigende (model/session.rs), efter »path:line:col:«.
## `criterion` er navnet på en linje i filen.

session-duplicate-question = spørgsmåls-id `{ $id }` findes to gange
session-no-question = mødet har intet spørgsmål
session-duplicate-group = gruppe-id `{ $id }` findes to gange
session-duplicate-criterion = kriterie-id `{ $id }` findes to gange
session-duplicate-note = seddel-id `{ $id }` findes to gange
session-unknown-group = sedlen `{ $note }` angiver gruppen `{ $group }`, som mødet ikke har
session-unknown-question = sedlen `{ $note }` svarer på spørgsmålet `{ $question }`, som mødet ikke har
session-unknown-criterion = sedlen `{ $note }` er slået sammen i kriteriet `{ $criterion }`, som mødet ikke har (fjern dens linje `criterion`)
session-criterion-family = sedlen `{ $note }` er slået sammen i kriteriet `{ $criterion }` i familien `{ $family }`, men er kodet `{ $coded }` (fjern dens linje `criterion`, eller kod den `{ $family }`)
# $coded i session-criterion-family, for en seddel, der ikke er kodet.
session-uncoded = (ikke kodet)

## Fletning af mødeledernes filer (merge.rs): afvisninger, og rapporten over hvert
## valg, der blev truffet, en linje hver, skrevet ved siden af den flettede fil.

merge-nothing = intet at flette
merge-frameworks = { $first } blev kodet med referencerammen `{ $first_id }` (fingeraftryk { $first_print }) og { $other } med `{ $other_id }` (fingeraftryk { $other_print }); filer med forskellige referencerammer flettes ikke
merge-inconsistent = det flettede møde hænger ikke sammen: { $why }
# En seddels familie, når den ikke har nogen.
merge-uncoded = ikke kodet
# En seddels koder, når den ikke har nogen.
merge-no-coder = ingen koder
# En version af en seddel: »dens ord« (familie, koder, ændret 2026-11-23T14:02:11Z).
merge-version = »{ $text }« ({ $family }, { $coder }, ændret { $modified })
# Første ord på en linje i rapporten, før det, den siger: »konflikt: seddel …«.
merge-conflict = konflikt:
merge-removed = fjernet:
merge-remark = bemærk:
# En seddel, der blev slettet i én fil ($by, $at) og ændret i en anden derefter: bragt tilbage (merge-kept følger).
merge-revived = seddel { $id } blev slettet af { $by } { $at } og ændret derefter et andet sted: bragt tilbage
merge-note-conflict = seddel { $id }
# Under merge-note-conflict: den version, der blev beholdt, og hver version, der tabte.
merge-kept = beholdt: { $version }
merge-lost = tabt: { $version }
merge-group-version = »{ $name }« ({ $participants } deltagere)
merge-group-version-unknown = »{ $name }« (ukendt antal deltagere)
# $kept og $lost: merge-group-version (eller -unknown), $lost en liste.
merge-group-conflict = gruppe { $id } beholdt som { $kept }; også set som { $lost }
merge-criterion-version = »{ $wording }« (familie { $family })
merge-criterion-conflict = kriterium { $id } beholdt som { $kept }; også { $lost }
merge-left-criterion = seddel { $note } forlod kriterium { $criterion }: den er kodet { $coded }, kriteriets familie er { $family }
# $files: filerne (en liste), hvor kriteriet blev fjernet.
merge-removed-criterion = kriterium { $id } »{ $wording }«: fjernet i { $files }, hvor dets sedler forlod det senere
# $kept og $lost: merge-quoted, $lost en liste.
merge-question-conflict = spørgsmål { $id } beholdt som { $kept }; også formuleret { $lost }
# Et spørgsmåls formulering, i anførselstegn.
merge-quoted = »{ $words }«
merge-same-name = { $n } forskellige grupper hedder »{ $name }« (id { $ids }); de holdes adskilt
merge-group-kept = gruppen beholdt som { $kept }; også set som { $lost }
merge-criterion-kept = kriteriet beholdt som { $kept }; også { $lost }
merge-left-criterion-words = sedlen »{ $words }« forlod kriteriet »{ $wording }«: den er kodet { $coded }, kriteriets familie er { $family }
merge-removed-criterion-words = kriteriet »{ $wording }«: fjernet i { $files }, hvor dets sedler forlod det senere
merge-question-kept = spørgsmålet beholdt som { $kept }; også formuleret { $lost }
merge-same-name-apart = { $n } forskellige grupper hedder »{ $name }«; de holdes adskilt
merge-newest = seneste ændring { $at }
merge-newest-none = ingen dateret ændring
merge-title-conflict = titlen beholdt som { $kept }, fra { $file } ({ $when }); også { $lost }
merge-place-conflict = stedet beholdt som { $kept }, fra { $file } ({ $when }); også { $lost }
merge-date-conflict = datoen beholdt som { $kept }, fra { $file } ({ $when }); også { $lost }
merge-question-order = filerne stiller spørgsmålene i forskellig rækkefølge; beholdt: { $kept }
merge-file-list = { $file }: { $list }
merge-facilitators = { -facilitator(form: "defpl") } beholdt som { $kept }: hvert navn som en fil angiver
merge-facilitators-none = ingen

## At tage en anden version af det åbne møde ind (intake.rs).

# De to versioner, der flettes, sådan som en afvisning nævner dem: »denne version blev kodet med referencerammen …«.
intake-this-version = denne version
intake-other-version = den anden version
# En konflikt om en seddel, kort: sedlen »dens ord«: f3 (Bo) beholdt, f1 (Anna) tabt.
intake-revived = sedlen »{ $words }« blev slettet af { $by } og ændret derefter et andet sted: bragt tilbage
intake-note-conflict = sedlen »{ $words }«: { $kept } beholdt, { $lost } tabt
# En version, der tabte, med andre ord end den beholdte: »dens ord« f1 (Anna).
intake-other-words = »{ $words }« { $version }

## Afstemning af to kodninger (reconcile.rs): afvisninger. $first og $second er filer.

reconcile-error-frameworks = { $first } og { $second } blev kodet med forskellige referencerammer (`{ $first_id }`, fingeraftryk { $first_print }; `{ $second_id }`, fingeraftryk { $second_print }); de kan ikke afstemmes
reconcile-error-nothing = { $first } og { $second } har ingen seddel til fælles: de er ikke to kodninger af samme møde

## Eksport (export/mod.rs); årsagen følger, der hvor fejlen vises.

export-error-write = kan ikke skrive eksporten

## Syntese (profile/synthesis.rs): hvorfor det blev afvist at slå sedler sammen til et kriterium, på statuslinjen.

synthesis-refused-wording = Et kriterium skal have en formulering.
synthesis-refused-gone = Det kriterium findes ikke længere.
synthesis-refused-already = Disse sedler er allerede i det kriterium.
synthesis-refused-in-none = Disse sedler er ikke i noget kriterium.
synthesis-refused-split = Kun sedler i dette kriterium kan skilles ud.
synthesis-refused-same = Formuleringen er den samme.
synthesis-refused-mark = Markér først sedler (Space).
synthesis-refused-marked-gone = En markeret seddel findes ikke længere.
synthesis-refused-one-family = Et kriterium rummer kun sedler fra én familie.

## Områdets ankomster (territory/mod.rs).

# $what: det, der kom ind (intake-new, intake-conflicts …); $copy: hvor kopien blev lagt til side.
territory-links-left-out = { $n ->
    [one] Udeladt: { $links } er et link til en mappe; spiral læser og skriver intet gennem links.
   *[other] Udeladt: { $links } er links til mapper; spiral læser og skriver intet gennem links.
}
territory-merged-copy = Flettede en kopi af { $name }, som en synkroniseringstjeneste gemte: { $what }. Kopien ligger i { $copy }.
territory-names-not-utf8 = { $n ->
    [one] Sprang 1 fil over, hvis navn ikke er UTF-8 (omdøb den for at læse den): { $names }.
   *[other] Sprang { $n } filer over, hvis navne ikke er UTF-8 (omdøb dem for at læse dem): { $names }.
}
