## Why an import, an edit, a merge, a reconcile or an export was refused, and what a file says is wrong in it (import/, ops/, model/, merge.rs, reconcile.rs, export/, profile/, territory/, intake.rs).

## Importer (import/): varför en fil, eller några av dess rader, inte kan importeras.
## Då importeras inget. Prefixen `path:line:col` lägger koden till.

# En rads orsak, efter radnumret: ”rad 12: raden anger ingen grupp”.
import-at-line = rad { $line }: { $reason }
# Första raden i en vägrad import, före raderna; $count är $n så som det visas; $n väljer pluralformen.
import-rows = { $n ->
    [one] { $count } rad kan inte importeras, så inget importerades:
   *[other] { $count } rader kan inte importeras, så inget importerades:
}
# Efter de första 20 raderna: hur många till som inte kan importeras ($more är $n så som det visas).
import-more = { $n ->
   *[other] … och { $more } till
}
import-nul = filen innehåller NUL-byte: den är inget kalkylark i textformat, eller så är den UTF-16; spara den som UTF-8 ("CSV UTF-8") och importera den igen
import-not-utf8 = filen är inte text i UTF-8; om den är Latin-1 (ISO-8859-1), importera den med --encoding latin1
import-not-utf16 = filen börjar som UTF-16-text (dess byte-ordningsmarkering) men är inte UTF-16 härifrån; spara den som UTF-8 ("CSV UTF-8") och importera den igen
import-no-question = ingen fråga `{ $question }` i träffen; dess frågor är: { $questions }
import-text-empty = lappens text är tom
import-group-empty = raden anger ingen grupp
import-no-question-row = ingen fråga `{ $question }` i träffen (dess frågor: { $questions })
import-no-question-column = ingen fråga: lägg till en kolumn `question`, eller ange --question
# $keys: hur många familjer ramverket har (en familjs nummer är 1 till $keys).
import-no-family = ingen familj `{ $family }` i ramverket `{ $framework }` (använd ett nummer 1-{ $keys }, ett id eller en etikett)
import-no-component = ingen komponent `{ $component }` i familjen `{ $family }`
import-component-without-family = en komponent utan familj
import-codings-columns = kodningar behöver kolumnerna `id` och `family` (så som `spiral export --format csv-notes` skriver dem)
import-no-note = ingen lapp `{ $id }` i träffen
import-quote-open = citattecknet som inleder den här cellen avslutas aldrig, så varje rad efter det skulle bli en del av cellen
import-quote-then-text = text efter citattecknet som avslutar en cell; ett citattecken inuti en cell inom citattecken skrivs dubbelt ("")
import-quote-inside = ett citattecken inuti en cell som inte börjar med ett; sätt cellen inom citattecken och skriv citattecknet dubbelt ("")
import-header-columns = rubrikraden behöver minst kolumnerna `group` och `text` (den har: { $columns })
# $named: hur många kolumner rubrikraden har; $delimiter: `,` eller `;`.
import-extra-cells = { $cells } celler, men rubrikraden har { $named } kolumner; sätt en text som innehåller `{ $delimiter }` inom citattecken

## Lägga till en lapp i en träffs fil (ops/add.rs, `spiral add`).

# Avslutar ”… är öppen i ett annat spiral (Ana), fortfarande efter 5 s; …”.
ops-add-then = lägg till lappen där, eller stäng den först
ops-add-no-question = ingen fråga `{ $question }` i { $file }; dess frågor är: { $questions }
ops-add-group-empty = gruppnamnet är tomt
ops-add-no-group = ingen grupp som heter `{ $group }` i { $file }; dess grupper är: { $groups } (lägg till --create-group för att skapa den)
# Grupperna i en träff som inte har några, i ops-add-no-group.
ops-add-no-groups = inga
ops-add-note-empty = lappen är tom
ops-add-no-coder = ingen är angiven som skriver lappen: ange --coder NAMN (eller sätt SPIRAL_CODER, eller träffens samtalsledare med spiral set --facilitator NAMN)

## Kontroll av en fil (ops/check.rs, `spiral check`), efter ”path:” eller ”path:line:col:”.

ops-check-other-framework = varning: kodad med ramverket `{ $coded }`, kontrollerad mot `{ $framework }`
ops-check-unknown-family = varning: lappen { $note } är kodad `{ $family }`, en familj som ramverket `{ $framework }` inte känner till (behålls, visas som okänd)
ops-check-unknown-component = varning: lappen { $note } har komponenten `{ $component }`, som familjen `{ $family }` i ramverket `{ $framework }` inte har (behålls, visas som okänd)
# $notes är $n så som det visas; $n väljer pluralformen.
ops-check-ok = ok ({ $groups ->
    [one] { $groups } grupp
   *[other] { $groups } grupper
}, { $n ->
    [one] { $notes } lapp
   *[other] { $notes } lappar
}, varav { $coded } kodade)

## Två kodare (ops/coders.rs) och sammanslagningar (ops/merge.rs).

ops-coder-empty = kodarens namn är tomt
# Varför en ny fil inte skrivs över en som finns: ”… finns redan; blindkopian är en ny fil”.
ops-new-blind-copy = blindkopian är en ny fil
ops-new-reconcile = filen att stämma av i är en ny fil
ops-new-merge = sammanslagningen skriver en ny fil
# ”12 gemensamma lappar: 9 kodade lika av Ana och Lisa, 3 att avgöra.” $shared är $n så som det visas; $n väljer pluralformen.
ops-reconciling = { $n ->
    [one] { $shared } gemensam lapp
   *[other] { $shared } gemensamma lappar
}: { $agreed } kodade lika av { $first } och { $second }, { $to_decide } att avgöra.
# $notes är $n så som det visas; $n väljer pluralformen.
ops-merged = Slog ihop { $files ->
    [one] { $files } träff
   *[other] { $files } träffar
} till { $file }: { $n ->
    [one] { $notes } lapp
   *[other] { $notes } lappar
}.
# Följer ops-merged. $conflicts är $n så som det visas; $n väljer pluralformen.
ops-merged-conflicts = { $n ->
    [one] { $conflicts } konflikt (den senaste ändringen behölls): listad i { $list }.
   *[other] { $conflicts } konflikter (den senaste ändringen behölls): listade i { $list }.
}

## Träffens uppgifter och frågor, så som uppgiftsformuläret och `spiral set` vägrar dem (ops/details.rs).

ops-details-title = En träff behöver en titel.
ops-details-date = ”{ $date }” är inget datum: skriv det ÅÅÅÅ-MM-DD (2026-11-23).
ops-details-question-words = En fråga behöver ord.
ops-details-no-question = Frågan finns inte.
ops-details-at-end = Den står redan först eller sist.
ops-details-answered = { $n ->
    [one] ”{ $question }” besvaras av { $n } lapp: frågorna behåller den ordning de ställdes i.
   *[other] ”{ $question }” besvaras av { $n } lappar: frågorna behåller den ordning de ställdes i.
}
ops-details-no-group = Gruppen finns inte.
ops-details-group-name = En grupp behöver ett namn.
ops-details-group-taken = En annan grupp heter redan ”{ $name }”.

## Det som gör en träffs fil motsägelsefull (model/session.rs), efter ”path:line:col:”.
## `criterion` är namnet på en rad i filen.

session-duplicate-question = fråge-id `{ $id }` finns två gånger
session-no-question = träffen har ingen fråga
session-duplicate-group = grupp-id `{ $id }` finns två gånger
session-duplicate-criterion = kriterie-id `{ $id }` finns två gånger
session-duplicate-note = lapp-id `{ $id }` finns två gånger
session-unknown-group = lappen `{ $note }` anger gruppen `{ $group }`, som träffen inte har
session-unknown-question = lappen `{ $note }` svarar på frågan `{ $question }`, som träffen inte har
session-unknown-criterion = lappen `{ $note }` är ihopslagen i kriteriet `{ $criterion }`, som träffen inte har (ta bort dess rad `criterion`)
session-criterion-family = lappen `{ $note }` är ihopslagen i kriteriet `{ $criterion }` i familjen `{ $family }` men är kodad `{ $coded }` (ta bort dess rad `criterion`, eller koda den `{ $family }`)
# $coded i session-criterion-family, för en lapp som inte är kodad.
session-uncoded = (okodad)

## Sammanslagning av samtalsledarnas filer (merge.rs): vägranden, och rapporten över
## varje val som gjordes, en rad vardera, skriven bredvid den sammanslagna filen.

merge-nothing = inget att slå ihop
merge-frameworks = { $first } kodades med ramverket `{ $first_id }` (fingeravtryck { $first_print }) och { $other } med `{ $other_id }` (fingeravtryck { $other_print }); filer med olika ramverk slås inte ihop
merge-inconsistent = den sammanslagna träffen hänger inte ihop: { $why }
# En lapps familj, när den saknar en.
merge-uncoded = okodad
# En lapps kodare, när den saknar en.
merge-no-coder = ingen kodare
# En version av en lapp: ”dess ord” (familj, kodare, ändrad 2026-11-23T14:02:11Z).
merge-version = ”{ $text }” ({ $family }, { $coder }, ändrad { $modified })
# Första ordet på en rad i rapporten, före det den säger: ”konflikt: lapp …”.
merge-conflict = konflikt:
merge-removed = borttaget:
merge-remark = obs:
# En lapp som raderades i en fil ($by, $at) och ändrades i en annan efter det: tillbaka (merge-kept följer).
merge-revived = lapp { $id } raderades av { $by } { $at } och ändrades efter det på annat håll: tillbaka
merge-note-conflict = lapp { $id }
# Under merge-note-conflict: versionen som behölls, och varje version som föll bort.
merge-kept = behölls: { $version }
merge-lost = föll bort: { $version }
merge-group-version = ”{ $name }” ({ $participants } deltagare)
merge-group-version-unknown = ”{ $name }” (okänt antal deltagare)
# $kept och $lost: merge-group-version (eller -unknown), $lost en lista.
merge-group-conflict = grupp { $id } behölls som { $kept }; sågs också som { $lost }
merge-criterion-version = ”{ $wording }” (familj { $family })
merge-criterion-conflict = kriterium { $id } behölls som { $kept }; också { $lost }
merge-left-criterion = lapp { $note } lämnade kriterium { $criterion }: den är kodad { $coded }, kriteriets familj är { $family }
# $files: filerna (en lista) där kriteriet togs bort.
merge-removed-criterion = kriterium { $id } ”{ $wording }”: borttaget i { $files }, där dess lappar lämnade det senare
# $kept och $lost: merge-quoted, $lost en lista.
merge-question-conflict = fråga { $id } behölls som { $kept }; formulerades också { $lost }
# En frågas formulering, inom citattecken.
merge-quoted = ”{ $words }”
merge-same-name = { $n } olika grupper heter ”{ $name }” (id { $ids }); de hålls isär
merge-group-kept = gruppen behölls som { $kept }; sågs också som { $lost }
merge-criterion-kept = kriteriet behölls som { $kept }; också { $lost }
merge-left-criterion-words = lappen ”{ $words }” lämnade kriteriet ”{ $wording }”: den är kodad { $coded }, kriteriets familj är { $family }
merge-removed-criterion-words = kriteriet ”{ $wording }”: borttaget i { $files }, där dess lappar lämnade det senare
merge-question-kept = frågan behölls som { $kept }; formulerades också { $lost }
merge-same-name-apart = { $n } olika grupper heter ”{ $name }”; de hålls isär
merge-newest = senaste ändring { $at }
merge-newest-none = ingen daterad ändring
merge-title-conflict = titeln behölls som { $kept }, från { $file } ({ $when }); också { $lost }
merge-place-conflict = platsen behölls som { $kept }, från { $file } ({ $when }); också { $lost }
merge-date-conflict = datumet behölls som { $kept }, från { $file } ({ $when }); också { $lost }
merge-question-order = filerna ställer frågorna i olika ordning; behölls: { $kept }
merge-file-list = { $file }: { $list }
merge-facilitators = { -facilitator(form: "defpl") } behölls som { $kept }: varje namn som någon fil anger
merge-facilitators-none = inga

## Att ta in en annan version av den öppna träffen (intake.rs).

# De två versionerna som slås ihop, så som en vägran benämner dem: ”den här versionen kodades med ramverket …”.
intake-this-version = den här versionen
intake-other-version = den andra versionen
# En konflikt om en lapp, i korthet: lappen ”dess ord”: f3 (Bo) behölls, f1 (Anna) föll bort.
intake-revived = lappen ”{ $words }” raderades av { $by } och ändrades efter det på annat håll: tillbaka
intake-note-conflict = lappen ”{ $words }”: { $kept } behölls, { $lost } föll bort
# En version som föll bort, med andra ord än den som behölls: ”dess ord” f1 (Anna).
intake-other-words = ”{ $words }” { $version }

## Avstämning av två kodningar (reconcile.rs): vägranden. $first och $second är filer.

reconcile-error-frameworks = { $first } och { $second } kodades med olika ramverk (`{ $first_id }`, fingeravtryck { $first_print }; `{ $second_id }`, fingeravtryck { $second_print }); de kan inte stämmas av
reconcile-error-nothing = { $first } och { $second } har ingen lapp gemensam: de är inte två kodningar av samma träff

## Exporter (export/mod.rs); orsaken följer där felet visas.

export-error-write = kan inte skriva exporten

## Syntes (profile/synthesis.rs): varför en sammanslagning av lappar till ett kriterium vägrades, på statusraden.

synthesis-refused-wording = Ett kriterium behöver en formulering.
synthesis-refused-gone = Det kriteriet finns inte längre.
synthesis-refused-already = De här lapparna finns redan i det kriteriet.
synthesis-refused-in-none = De här lapparna finns inte i något kriterium.
synthesis-refused-split = Bara lappar i det här kriteriet kan brytas ut.
synthesis-refused-same = Formuleringen är densamma.
synthesis-refused-mark = Markera lappar först (Space).
synthesis-refused-marked-gone = En markerad lapp finns inte längre.
synthesis-refused-one-family = Ett kriterium rymmer bara lappar från en familj.

## Områdets flöde (territory/mod.rs).

# $what: det som kom in (intake-new, intake-conflicts …); $copy: där kopian lades undan.
territory-links-left-out = { $n ->
    [one] Utelämnad: { $links } är en länk till en mapp; spiral läser och skriver ingenting genom länkar.
   *[other] Utelämnade: { $links } är länkar till mappar; spiral läser och skriver ingenting genom länkar.
}
territory-merged-copy = Slog ihop en kopia av { $name } som en synkroniseringstjänst sparat: { $what }. Kopian ligger i { $copy }.
territory-names-not-utf8 = { $n ->
    [one] Hoppade över 1 fil vars namn inte är UTF-8 (byt namn på den för att läsa den): { $names }.
   *[other] Hoppade över { $n } filer vars namn inte är UTF-8 (byt namn på dem för att läsa dem): { $names }.
}
