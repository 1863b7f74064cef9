## The analysis screens: comparison, synthesis, reconcile, territory,
## projector, the details form (tui/view/, tui/).
## The comparison (tui/view/compare.rs, tui/compare.rs).
compare-all-questions = alle spørgsmål
compare-shares = andele
compare-counts = antal
compare-title = Sammenligning
compare-groups = { $n ->
    [one] { $n } gruppe
   *[other] { $n } grupper
}
compare-sessions = { $n ->
    [one] { $n } møde
   *[other] { $n } møder
}
compare-coded = { $n ->
    [one] { $n } kodet seddel
   *[other] { $n } kodede sedler
}
# The column of each row's coded notes (7 columns at most).
compare-coded-column = kodede
compare-nothing = Ingen kodet seddel at sammenligne endnu.
compare-rows = rækker { $from }–{ $to } af { $all } (↑↓)
compare-marks = + / − markant flere / færre end de andre (justeret residual uden for ±{ $limit })
compare-test = χ² = { $chi2 }, { $dof ->
    [one] { $dof } frihedsgrad
   *[other] { $dof } frihedsgrader
}, p { $p }, Cramérs V = { $v }
compare-test-title = Test for homogenitet
compare-distance-title = Afstand fra den samlede profil
compare-one-session = Ét møde: dets grupper sammenlignes (markér flere møder i listen for at sammenligne møder).

## The synthesis (tui/view/synthesis.rs, tui/screen/synthesis.rs).
synthesis-title = Syntese
synthesis-hold = { $criteria ->
    [one] { $criteria } kriterium samler
   *[other] { $criteria } kriterier samler
} { $notes ->
    [one] { $notes } seddel
   *[other] { $notes } sedler
}
synthesis-not-merged-count = { $n } ikke slået sammen
synthesis-marked = { $n ->
    [one] { $n } markeret
   *[other] { $n } markerede
}
synthesis-criteria = Kriterier
synthesis-not-merged = Ikke slået sammen
# A criterion's wording, in the language's quotation marks.
synthesis-quoted = »{ $wording }«
synthesis-similar = { $n } lignende ≈ (n)
synthesis-criterion-empty = Ingen seddel i dette kriterium længere: d opløser det, u fortryder.
synthesis-family-empty = Ingen kodet seddel i denne familie endnu. Kod sedler i workshoppen, og slå dem så sammen her.
synthesis-all-merged = Alle denne families sedler er i et kriterium.
synthesis-marks-for-notes = Markeringer gælder sedler: Tab går til sedlerne.
synthesis-no-note = Ingen seddel her.
synthesis-none-marked = Ingen seddel markeret.
synthesis-marked-now = { $n ->
    [one] { $n } markeret.
   *[other] { $n } markerede.
}
synthesis-marked-similar = { $n ->
    [one] { $n } markeret
   *[other] { $n } markerede
} · { $similar } lignende (≈, n går til den næste).
synthesis-no-similar = Ingen lignende seddel: markér først en seddel.
synthesis-mark-first = Markér først sedler (Space).
synthesis-marked-gone = En markeret seddel findes ikke længere.
synthesis-split = Skilt ud: { $n ->
    [one] { $n } seddel
   *[other] { $n } sedler
} under »{ $wording }«.
synthesis-merged = Slået sammen: { $n ->
    [one] { $n } seddel
   *[other] { $n } sedler
} under »{ $wording }«.
synthesis-select-to-add = Vælg et kriterium til venstre (Tab, ↑↓), så føjer a de markerede sedler til det.
synthesis-added = { $n ->
    [one] { $n } seddel
   *[other] { $n } sedler
} føjet til »{ $wording }«.
synthesis-mark-to-take-out = Markér de sedler, der skal tages ud (Space).
synthesis-taken-out = { $n ->
    [one] { $n } seddel taget ud af sit kriterium.
   *[other] { $n } sedler taget ud af deres kriterium.
}
synthesis-select-to-reword = Vælg et kriterium til venstre for at omformulere det.
synthesis-no-criterion = Intet kriterium valgt.
synthesis-reworded = Omformuleret.
synthesis-select-to-dissolve = Vælg et kriterium til venstre for at opløse det.
synthesis-dissolved = »{ $wording }« er opløst: dets sedler er ikke længere slået sammen (u fortryder).

## Reconciling two codings (tui/view/reconcile.rs, tui/screen/reconcile.rs).
reconcile-title = Afstem
reconcile-disagreements = { $n ->
    [one] { $n } uenighed
   *[other] { $n } uenigheder
}
reconcile-the-note = Sedlen
reconcile-uncoded = ikke kodet
reconcile-suggested = foreslået
reconcile-no-suggestion = intet forslag
reconcile-decided = Afgjort
reconcile-by = af { $who }
reconcile-open = Ikke afgjort endnu: a, b, s eller 1–8 for en anden familie.
reconcile-agree = Koderne er enige om alle sedler: intet at afstemme.
reconcile-nothing = Intet at afstemme her: markér to kodninger af et møde i mødelisten (Space), og tryk R.
reconcile-all-decided = { $n ->
    [one] Uenigheden er afgjort.
   *[other] Alle { $n } uenigheder er afgjort.
}
reconcile-decided-of = { $done } af { $n ->
    [one] { $n } uenighed
   *[other] { $n } uenigheder
} afgjort.
reconcile-no-codings = Denne seddel har ingen kodninger at afstemme.
reconcile-decided-now = Afgjort: { $family }. { $progress }

## The projector view (tui/view/projector.rs, tui/screen/projector.rs).
projector-every-question = alle spørgsmål
projector-not-coded = Ikke kodet endnu
projector-earlier = { $n } tidligere
projector-showing = Viser: { $question }.
projector-showing-all = Viser alle spørgsmål.
projector-follows = følger { -facilitator(form: "def") }
projector-held = holdt her — { $key } følger
projector-following-again = Følger { -facilitator(form: "def") } igen.

## A territory folder (tui/view/territory.rs, tui/territory.rs).
territory-header = { -app } · område
territory-coded-live = { $share } kodet · live
territory-copies-waiting = { $n ->
    [one] { $n } konfliktkopi venter
   *[other] { $n } konfliktkopier venter
}
territory-sessions = Møder
territory-empty = Ingen mødefil i denne mappe endnu: strømmen viser dem, efterhånden som de kommer.
sync-stignore-lacks = Kør `{ $command }`: denne Syncthing-mappes .stignore mangler { -app }s linjer, så låse, sikkerhedskopier og midlertidige filer ville følge med mellem computerne.
territory-last-change = seneste ændring
territory-arriving = ankommer…
territory-feed = Ankommer: de nyeste sedler først (+ ny, ~ ændret)
# The co-responsibility actions of the territory's sessions (each session's count follows).
territory-actions = Handlinger
# The actions not shown, when the box is full.
territory-actions-more = … og { $n } mere

## The session details form (tui/details.rs, tui/view/details.rs).
details-title = Titel
details-place = Sted
details-date = Dato
details-facilitators = Mødeledere
details-language = Sprog
details-question = Spørgsmål { $n }
details-add-question = + Tilføj et spørgsmål
details-add-question-where = efter de andre (et områdes eget)
details-group = Gruppe
details-description = Beskrivelse
details-participants = Deltagere
details-only-questions = Kun spørgsmål kan flyttes.
details-reordered = Spørgsmålenes rækkefølge er ændret.
details-none = (ingen)
# A detail just changed: "Place: Alby."
details-changed = { $label }: { $value }.
details-form-title = Mødeoplysninger · Enter redigerer · Esc lukker
compare-unreadable = Ikke sammenlignet: { $n } af { $all } møder kan ikke læses. { $why }
# Rækkerne i en sammenligning af møder, i testens sætning.
compare-sessions-word = møder
compare-left-out = Udeladt: { $what }.
compare-left-groups = grupper uden kodede sedler: { $names }
compare-left-sessions = møder uden kodede sedler: { $names }
compare-left-families = familier uden sedler: { $names }
compare-left-uncoded = { $n ->
    [one] { $n } seddel uden kode
   *[other] { $n } sedler uden kode
}
compare-left-unknown = { $n ->
    [one] { $n } seddel kodet med en familie, som referencerammen ikke kender
   *[other] { $n } sedler kodet med en familie, som referencerammen ikke kender
}

## Tiltagsskærmen (tui/screen/actions.rs).
actions-title = Tiltag i fællesansvar
actions-count = { $n ->
    [one] { $n } tiltag
   *[other] { $n } tiltag
}
actions-none = Intet tiltag endnu: n tilføjer et, for det, området gør sammen som svar på det, grupperne sagde.
actions-since = siden { $when }
actions-not-started = ikke startet
actions-no-report = ingen rapport endnu
actions-latest = { $date } { $by }: { $text }
actions-unanswered = Nævnt mest, intet tiltag endnu: { $families }
actions-all-answered = Hver familie, grupperne nævnte mest, har et tiltag.
actions-quoted = »{ $text }«
actions-who = Hvem
actions-what = Hvad og hvorfor
actions-families = Familier
actions-criteria = Kriterier
actions-notes = Borgernes ord
actions-generalise = Mulighed for at generalisere
actions-reports = Statusrapporter
actions-questions = Åbne spørgsmål
actions-form-title = Titel
actions-form-started = Startede
actions-form-status = Status
actions-form-add-actor = + Tilføj en aktør (NAVN, eller NAVN:ART)
actions-form-add-family = + Tilføj en familie (tast, id eller navn)
actions-form-add-criterion = + Tilføj et kriterium fra syntesen (formulering eller id)
actions-form-add-question = + Tilføj et åbent spørgsmål
actions-form-kinds = arter: { $kinds }
actions-form = Tiltag: { $title }
actions-line-new = Det nye tiltags titel
actions-line-started = Startede: en måned (ÅÅÅÅ-MM) eller en dag (ÅÅÅÅ-MM-DD); tom: ikke angivet
actions-line-report = Statusrapport { $date }, af { $by }
actions-added = Tiltaget blev tilføjet: »{ $title }«.
actions-changed = { $label }: { $value }.
actions-taken-out = Fjernet: { $value }.
actions-reported = Rapporten blev føjet til »{ $title }«.
actions-removed = Tiltaget blev fjernet: »{ $title }« (u henter det tilbage).
actions-linked = Knyttet til »{ $title }«.
actions-already-linked = Sedlen svarer allerede på »{ $title }«.
actions-no-action = Intet tiltag valgt: n tilføjer et.
actions-nothing-to-link = Sessionen har intet tiltag endnu: A åbner tiltagene, n tilføjer et.
actions-nothing-to-take-out = Kun en aktør, en familie eller et åbent spørgsmål fjernes.
