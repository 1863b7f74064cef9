# Les mots de la ligne de commande destinés aux personnes : ce qu'une
# sous-commande dit avoir fait, pourquoi elle a refusé, et ses tableaux. Les
# formats machine (CSV, JSON, RON, identifiants, noms de colonnes) ne changent
# jamais avec la langue.

## Ce qu'une commande a fait

cli-created = { $path } créé
cli-wrote-bytes = { $target } écrit ({ $bytes ->
    [one] { $bytes } octet
   *[other] { $bytes } octets
})
cli-wrote-what = { $target } écrit : { $what }
cli-man-wrote = { $pages ->
    [one] { $pages } page de manuel écrite
   *[other] { $pages } pages de manuel écrites
} dans { $dir }
cli-wrote-reconcile = { $target } écrit : { $what } Ouvrez-le (spiral { $path }) et appuyez sur R.
cli-imported = { $notes ->
    [one] { $notes } note importée
   *[other] { $notes } notes importées
} (dont { $coded ->
    [one] { $coded } codée
   *[other] { $coded } codées
}) dans { $path }
cli-imported-groups =  ; nouveaux groupes : { $names }
cli-codings-read = { $rows ->
    [one] { $rows } codage lu
   *[other] { $rows } codages lus
} ; { $changed ->
    [one] { $changed } note modifiée
   *[other] { $changed } notes modifiées
} dans { $path }
cli-merged = { $files } fichiers fusionnés dans { $target } : { $groups ->
    [one] { $groups } groupe
   *[other] { $groups } groupes
}, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}, { $criteria ->
    [one] { $criteria } critère
   *[other] { $criteria } critères
}
cli-blind = { $target } écrit : { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}, sans codage, pour { $coder }
cli-set-nothing = { $path } : rien à changer
cli-set-changed = { $path } modifié : { $what }

## Pourquoi une commande a refusé

cli-exists = { $path } existe déjà ; { -app } n'écrit jamais par-dessus une séance
cli-title-empty = le titre est vide
cli-group-empty = un nom de groupe est vide
cli-group-twice = le groupe `{ $name }` est nommé deux fois
cli-no-folder = { $path } : impossible de créer le dossier
cli-cannot-read = { $path } : lecture impossible
cli-import-what = indiquez --from PATH (des notes) ou --codings PATH
cli-then-import = fermez d'abord la séance, puis importez
cli-then-set = faites la modification là-bas, ou fermez d'abord la séance
cli-text-import-needs = importer du texte demande --group NAME et --question Q
cli-nothing-to-import = { $path } : aucune note à importer
cli-check-failed = la vérification a échoué pour { $failed } sur { $all ->
    [one] { $all } fichier
   *[other] { $all } fichiers
}
cli-missing-no-terminal = { $path } n'existe pas (créez-le avec `spiral new { $path } --title TITLE`)
cli-missing-ask = { $path } n'existe pas. Créer une nouvelle séance à cet endroit ? [o/N]
cli-new-session-title = Nouvelle séance
cli-link-missing = { $path } est un lien symbolique vers { $to }, qui n'existe pas
cli-link-loop = { $path } est un lien symbolique qui tourne en boucle
cli-folder-empty = { $path } : aucun fichier de séance (*.ron) dans ce dossier
cli-names-not-utf8 = { $n ->
    [one] 1 fichier laissé de côté, son nom n'est pas en UTF-8 (renommez-le pour le lire) : { $names }
   *[other] { $n } fichiers laissés de côté, leurs noms ne sont pas en UTF-8 (renommez-les pour les lire) : { $names }
}
cli-not-compared = impossible de lire { $failed } sur { $all ->
    [one] { $all } fichier
   *[other] { $all } fichiers
} ; rien n'a été comparé
cli-no-question = aucune séance n'a la question `{ $question }` ; utilisez all ou l'une de celles-ci : { $known }
cli-agree-frameworks = { $first } a été codé avec le cadre de référence `{ $first_id }` (empreinte { $first_print }) et { $other } avec `{ $other_id }` (empreinte { $other_print }) ; des codages faits avec des cadres différents ne peuvent pas être comparés
cli-word-question-form = --word-question attend ID=TEXT (reçu : `{ $got }`)
cli-no-such-question = aucune question `{ $id }` ; les questions de la séance sont : { $known }
cli-no-such-group = aucun groupe nommé `{ $name }`
cli-not-a-folder = { $path } : ce n'est pas un dossier

## spiral set : ce qui a changé

cli-set-details = détails
cli-set-language = langue { $code }
cli-set-question = question { $id }
cli-set-new-question = nouvelle question { $id }
cli-set-group = groupe { $name }

## spiral share

cli-share-already = { $path } garde déjà en local les fichiers de { -app }.
cli-share-wrote = { $path } écrit ({ $lines ->
    [one] { $lines } ligne
   *[other] { $lines } lignes
}) : les verrous, les sauvegardes, les fichiers temporaires et les copies fusionnées restent sur chaque machine.
cli-share-how =
    Pour partager { $folder } avec Syncthing (sans compte, et sans besoin d'internet sur le réseau de l'atelier) :
      1. Sur chaque ordinateur, lancez Syncthing et ouvrez sa page (http://127.0.0.1:8384).
      2. Add Folder (Ajouter un partage) : le chemin { $folder } ; donnez-lui le même Folder ID (ID du partage) sur chaque ordinateur.
      3. Sur chaque ordinateur, Add Remote Device (Ajouter un appareil) avec le Device ID
         (ID de l'appareil) de l'autre, visible dans Actions > Show ID (Afficher mon ID),
         et cochez le dossier sous Sharing (Partages).
      4. Ouvrez le territoire : spiral { $folder }
    Les séances écrites sur un ordinateur apparaissent sur les autres en quelques secondes ; quand deux
    ordinateurs modifient la même séance, { -app } y fusionne la copie de conflit de Syncthing, note par note.
    Nextcloud, Dropbox ou une clé USB conviennent aussi : donnez-leur les mêmes exclusions à la main.

## spiral compare (tableau)

# « Comparaison de 4 groupes, question : toutes les questions (96 notes codées) »
cli-compare-title = Comparaison de { $what }, question : { $question } ({ $coded })
cli-compare-marks-group = + / − : le groupe en parle nettement plus / moins que les autres (résidu ajusté au-delà de ±{ $limit })
cli-compare-marks-session = + / − : la séance en parle nettement plus / moins que les autres (résidu ajusté au-delà de ±{ $limit })
cli-compare-test = Test d'homogénéité du khi-deux : χ² = { $chi2 }, ddl = { $dof }, p { $p } ; V de Cramér = { $v }
cli-compare-low = Effectifs théoriques inférieurs à 5 : { $share } des cases
cli-compare-low-unreliable = Effectifs théoriques inférieurs à 5 : { $share } des cases (plus d'un cinquième : le test n'est pas fiable)
cli-compare-distance = Distance au profil cumulé (Jensen–Shannon, 0 = identique, 1 = rien en commun) :

## spiral agree (tableau)

cli-agree-title = Accord de { $coders ->
    [one] { $coders } codeur
   *[other] { $coders } codeurs
} ({ $names }) sur { $shared ->
    [one] { $shared } note partagée
   *[other] { $shared } notes partagées
} ; { $pairable ->
    [one] { $pairable } codée par au moins deux
   *[other] { $pairable } codées par au moins deux
}
cli-agree-families = Familles
cli-agree-components = Composantes (quand le codage en indique une)
# « Familles : 96 notes »
cli-agree-units = { $title } : { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
cli-agree-percent = pourcentage d'accord
cli-agree-kappa = kappa de Cohen
cli-agree-alpha = alpha de Krippendorff
cli-agree-undefined = non défini
cli-agree-one-category = (non défini : une seule catégorie a été utilisée, le hasard explique donc chaque accord)
cli-agree-per-value = par valeur (codages, accord) :
cli-agree-confusion = matrice de confusion ({ $how }) :
cli-agree-confusion-coders = lignes : le premier codage, colonnes : le second
cli-agree-confusion-all = coïncidences entre tous les codages

## spiral profile, synthesis, suggest, categories (tableaux)

cli-profile-coded = codées
cli-profile-uncoded = non codées
cli-profile-unknown = famille inconnue
cli-profile-in-mean = groupes dans la moyenne
cli-profile-pooled = { $name } : cumulé (toutes les notes ensemble)
cli-profile-group-mean = { $name } : moyenne des groupes (chaque groupe compte une fois)
cli-profile-participants = , { $n ->
    [one] { $n } participant
   *[other] { $n } participants
}
cli-profile-session = Séance
cli-profile-all-sessions = Toutes les séances
cli-synthesis-title = Synthèse : { $criteria ->
    [one] { $criteria } critère regroupe
   *[other] { $criteria } critères regroupent
} { $merged ->
    [one] { $merged } note
   *[other] { $merged } notes
} ; { $not_merged ->
    [one] { $not_merged } note codée non regroupée
   *[other] { $not_merged } notes codées non regroupées
}
cli-synthesis-not-merged = non regroupées : { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
cli-suggest-none = aucune suggestion
cli-suggest-uncoded = { $n ->
    [one] { $n } note non codée
   *[other] { $n } notes non codées
}
cli-suggest-measured = { $coded ->
    [one] { $coded } note codée
   *[other] { $coded } notes codées
} ; une suggestion pour { $suggested } ({ $suggested_share }) ; la même famille que le codage pour { $equal } ({ $equal_share } des notes codées, { $equal_of_suggested } de celles qui ont une suggestion)
cli-categories-title = { $label } ({ $id }, empreinte { $fingerprint })
cli-categories-keywords = mots-clés : { $words }
