# Kommandolinjens ord til mennesker: hvad en underkommando siger, den gjorde,
# hvorfor den afviste, og dens tabeller. Maskinformater (CSV, JSON, RON, id'er,
# kolonnenavne) skifter aldrig med sproget.

## What a command did

cli-created = oprettede { $path }
cli-wrote-bytes = skrev { $target } ({ $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
})
cli-wrote-what = skrev { $target }: { $what }
cli-man-wrote = skrev { $pages ->
    [one] { $pages } manualside
   *[other] { $pages } manualsider
} i { $dir }
cli-wrote-reconcile = skrev { $target }: { $what } Åbn den (spiral { $path }), og tryk R.
cli-imported = importerede { $notes ->
    [one] { $notes } seddel
   *[other] { $notes } sedler
} ({ $coded } med kode) til { $path }
cli-imported-groups = ; nye grupper: { $names }
cli-codings-read = læste { $rows ->
    [one] { $rows } kodning
   *[other] { $rows } kodninger
}; { $changed ->
    [one] { $changed } seddel
   *[other] { $changed } sedler
} i { $path } ændret
cli-merged = flettede { $files } filer til { $target }: { $groups ->
    [one] { $groups } gruppe
   *[other] { $groups } grupper
}, { $notes ->
    [one] { $notes } seddel
   *[other] { $notes } sedler
}, { $criteria ->
    [one] { $criteria } kriterium
   *[other] { $criteria } kriterier
}
cli-blind = skrev { $target }: { $notes ->
    [one] { $notes } seddel
   *[other] { $notes } sedler
} uden kode, til { $coder }
cli-set-nothing = { $path }: intet at ændre
cli-set-changed = ændrede { $path }: { $what }

## Why a command refused

cli-exists = { $path } findes allerede; { -app } skriver aldrig over et møde
cli-title-empty = titlen er tom
cli-group-empty = et gruppenavn er tomt
cli-group-twice = gruppen `{ $name }` er nævnt to gange
cli-no-folder = { $path }: kan ikke oprette mappen
cli-cannot-read = { $path }: kan ikke læses
cli-import-what = angiv --from PATH (sedler) eller --codings PATH
cli-then-import = luk det først, og importér så
cli-then-set = ændr det dér, eller luk det først
cli-text-import-needs = en tekstimport kræver --group NAME og --question Q
cli-nothing-to-import = { $path }: ingen seddel at importere
cli-check-failed = { $failed } af { $all ->
    [one] { $all } fil
   *[other] { $all } filer
} bestod ikke kontrollen
cli-missing-no-terminal = { $path } findes ikke (opret den med `spiral new { $path } --title TITLE`)
cli-missing-ask = { $path } findes ikke. Vil du oprette et nyt møde dér? [j/N]
cli-new-session-title = Nyt møde
cli-link-missing = { $path } er et symbolsk link til { $to }, som ikke findes
cli-link-loop = { $path } er et symbolsk link, der fører rundt i ring
cli-folder-empty = { $path }: ingen mødefil (*.ron) i denne mappe
cli-names-not-utf8 = { $n ->
    [one] sprang 1 fil over, hvis navn ikke er UTF-8 (omdøb den for at læse den): { $names }
   *[other] sprang { $n } filer over, hvis navne ikke er UTF-8 (omdøb dem for at læse dem): { $names }
}
cli-not-compared = { $failed } af { $all ->
    [one] { $all } fil
   *[other] { $all } filer
} kunne ikke læses; intet blev sammenlignet
cli-no-question = intet møde har spørgsmålet `{ $question }`; brug all eller et af disse: { $known }
cli-agree-frameworks = { $first } blev kodet med referencerammen `{ $first_id }` (fingeraftryk { $first_print }) og { $other } med `{ $other_id }` (fingeraftryk { $other_print }); kodninger med forskellige referencerammer kan ikke sammenlignes
cli-word-question-form = --word-question skal have formen ID=TEXT (angivet: `{ $got }`)
cli-no-such-question = intet spørgsmål `{ $id }`; mødets spørgsmål er: { $known }
cli-no-such-group = ingen gruppe ved navn `{ $name }`
cli-not-a-folder = { $path }: ikke en mappe

## spiral set: what changed

cli-set-details = oplysninger
cli-set-language = sprog { $code }
cli-set-question = spørgsmål { $id }
cli-set-new-question = nyt spørgsmål { $id }
cli-set-group = gruppe { $name }

## spiral share

cli-share-already = { $path } holder allerede { -app }s filer lokalt.
cli-share-wrote = Skrev { $path } ({ $lines ->
    [one] { $lines } linje
   *[other] { $lines } linjer
}): låsefiler, sikkerhedskopier, midlertidige filer og flettede kopier bliver på hver enkelt computer.
cli-share-how =
    Sådan deler du { $folder } med Syncthing (ingen konto, og intet internet på workshoppens netværk):
      1. Start Syncthing på hver bærbar, og åbn dens side (http://127.0.0.1:8384).
      2. Add Folder: stien { $folder }; giv den det samme Folder ID på hver bærbar.
      3. Add Remote Device på hver bærbar med den andens Device ID (Actions > Show ID),
         og sæt flueben ved mappen under Sharing.
      4. Åbn området: spiral { $folder }
    Møder, der skrives på én bærbar, dukker op på de andre i løbet af få sekunder; når to bærbare
    ændrer det samme møde, fletter { -app } Syncthings konfliktkopi ind i det efter id.
    Nextcloud, Dropbox eller en USB-nøgle virker også: giv dem de samme undtagelser manuelt.

## spiral compare (table)

# "Sammenligning af 4 grupper, spørgsmål: all (96 kodede sedler)"
cli-compare-title = Sammenligning af { $what }, spørgsmål: { $question } ({ $coded })
cli-compare-marks-group = + / − : gruppen siger det her markant oftere / sjældnere end de andre (justeret residual uden for ±{ $limit })
cli-compare-marks-session = + / − : mødet siger det her markant oftere / sjældnere end de andre (justeret residual uden for ±{ $limit })
cli-compare-test = Chi-i-anden-test for homogenitet: χ² = { $chi2 }, frihedsgrader = { $dof }, p { $p }; Cramérs V = { $v }
cli-compare-low = Forventede antal under 5: { $share } af cellerne
cli-compare-low-unreliable = Forventede antal under 5: { $share } af cellerne (mere end en femtedel: testen er upålidelig)
cli-compare-distance = Afstand fra den samlede profil (Jensen–Shannon, 0 = ens, 1 = intet til fælles):

## spiral agree (table)

cli-agree-title = Enighed mellem { $coders ->
    [one] { $coders } koder
   *[other] { $coders } kodere
} ({ $names }) om { $shared ->
    [one] { $shared } fælles seddel
   *[other] { $shared } fælles sedler
}; { $pairable } kodet af to eller flere
cli-agree-families = Familier
cli-agree-components = Komponenter (hvor koderne angav en)
# "Familier: 96 sedler"
cli-agree-units = { $title }: { $n ->
    [one] { $n } seddel
   *[other] { $n } sedler
}
cli-agree-percent = procentvis enighed
cli-agree-kappa = Cohens kappa
cli-agree-alpha = Krippendorffs alfa
cli-agree-undefined = udefineret
cli-agree-one-category = (udefineret: kun én kategori blev brugt, så tilfældigheder forklarer al enighed)
cli-agree-per-value = pr. værdi (kodninger, enighed):
cli-agree-confusion = forvekslingstabel ({ $how }):
cli-agree-confusion-coders = rækker: første koder, kolonner: anden koder
cli-agree-confusion-all = sammenfald mellem alle kodere

## spiral profile, synthesis, suggest, categories (tables)

cli-profile-coded = kodede
cli-profile-uncoded = uden kode
cli-profile-unknown = ukendt familie
cli-profile-in-mean = grupper i gennemsnittet
cli-profile-pooled = { $name }: samlet (alle sedler sammen)
cli-profile-group-mean = { $name }: gruppegennemsnit (hver gruppe tæller én gang)
cli-profile-participants = , { $n ->
    [one] { $n } deltager
   *[other] { $n } deltagere
}
cli-profile-session = Møde
cli-profile-all-sessions = Alle møder
cli-synthesis-title = Syntese: { $criteria ->
    [one] { $criteria } kriterium samler
   *[other] { $criteria } kriterier samler
} { $merged ->
    [one] { $merged } seddel
   *[other] { $merged } sedler
}; { $not_merged ->
    [one] { $not_merged } kodet seddel
   *[other] { $not_merged } kodede sedler
} ikke slået sammen
cli-synthesis-not-merged = ikke slået sammen: { $n ->
    [one] { $n } seddel
   *[other] { $n } sedler
}
cli-suggest-none = intet forslag
cli-suggest-uncoded = { $n ->
    [one] { $n } seddel uden kode
   *[other] { $n } sedler uden kode
}
cli-suggest-measured = { $coded ->
    [one] { $coded } kodet seddel
   *[other] { $coded } kodede sedler
}; et forslag til { $suggested } ({ $suggested_share }); koderens egen familie foreslået til { $equal } ({ $equal_share } af de kodede sedler, { $equal_of_suggested } af dem med forslag)
cli-categories-title = { $label } ({ $id }, fingeraftryk { $fingerprint })
cli-categories-keywords = nøgleord: { $words }
