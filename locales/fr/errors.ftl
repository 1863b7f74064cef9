## Why an import, an edit, a merge, a reconcile or an export was refused, and what a file says is wrong in it (import/, ops/, model/, merge.rs, reconcile.rs, export/, profile/, territory/, intake.rs).

## Imports (import/) : pourquoi un fichier, ou certaines de ses lignes, ne peuvent pas être importés.
## Rien n'est importé alors. Les préfixes `path:line:col` sont ajoutés par le code.

# La raison d'une ligne, après son numéro : « ligne 12 : la ligne n'indique aucun groupe ».
import-at-line = ligne { $line } : { $reason }
# La première ligne d'un import refusé, avant les lignes ; $count est $n tel qu'affiché ; $n choisit le pluriel.
import-rows = { $n ->
    [one] { $count } ligne ne peut pas être importée, donc rien ne l'a été :
   *[other] { $count } lignes ne peuvent pas être importées, donc rien ne l'a été :
}
# Après les 20 premières lignes : combien d'autres ne peuvent pas être importées ($more est $n tel qu'affiché).
import-more = { $n ->
    [one] … et { $more } autre
   *[other] … et { $more } autres
}
import-nul = le fichier contient des octets NUL : ce n'est pas un tableur au format texte, ou il est en UTF-16 ; enregistrez-le en UTF-8 (« CSV UTF-8 ») et importez-le à nouveau
import-not-utf8 = le fichier n'est pas du texte UTF-8 ; s'il est en Latin-1 (ISO-8859-1), importez-le avec --encoding latin1
import-not-utf16 = le fichier commence comme du texte UTF-16 (sa marque d'ordre des octets) mais n'est plus de l'UTF-16 à partir d'ici ; enregistrez-le en UTF-8 (« CSV UTF-8 ») et importez-le à nouveau
import-no-question = pas de question `{ $question }` dans la séance ; ses questions sont : { $questions }
import-text-empty = le texte de la note est vide
import-group-empty = la ligne n'indique aucun groupe
import-no-question-row = pas de question `{ $question }` dans la séance (ses questions : { $questions })
import-no-question-column = pas de question : ajoutez une colonne `question`, ou indiquez --question
# $keys : combien de familles a le cadre de référence (le numéro d'une famille va de 1 à $keys).
import-no-family = pas de famille `{ $family }` dans le cadre de référence `{ $framework }` (utilisez un numéro de 1 à { $keys }, un identifiant ou un libellé)
import-no-component = pas de composante `{ $component }` dans la famille `{ $family }`
import-component-without-family = une composante sans famille
import-codings-columns = les codages ont besoin des colonnes `id` et `family` (telles que `spiral export --format csv-notes` les écrit)
import-no-note = pas de note `{ $id }` dans la séance
import-quote-open = le guillemet qui ouvre cette cellule n'est jamais fermé, si bien que toutes les lignes qui le suivent en feraient partie
import-quote-then-text = du texte après le guillemet qui ferme une cellule ; dans une cellule entre guillemets, un guillemet s'écrit deux fois ("")
import-quote-inside = un guillemet dans une cellule qui ne commence pas par un guillemet ; mettez la cellule entre guillemets et écrivez le guillemet deux fois ("")
import-header-columns = la ligne d'en-tête doit avoir au moins les colonnes `group` et `text` (elle a : { $columns })
# $named : combien de colonnes a la ligne d'en-tête ; $delimiter : `,` ou `;`.
import-extra-cells = { $cells } cellules, mais la ligne d'en-tête n'a que { $named } colonnes ; mettez entre guillemets un texte qui contient `{ $delimiter }`

## Ajouter une note au fichier d'une séance (ops/add.rs, `spiral add`).

# Termine « … est ouverte dans un autre spiral (Ana), toujours après 5 s ; … ».
ops-add-then = ajoutez-y la note, ou fermez-la d'abord
ops-add-no-question = pas de question `{ $question }` dans { $file } ; ses questions sont : { $questions }
ops-add-group-empty = le nom du groupe est vide
ops-add-no-group = aucun groupe nommé `{ $group }` dans { $file } ; ses groupes sont : { $groups } (ajoutez --create-group pour le créer)
# Les groupes d'une séance qui n'en a aucun, dans ops-add-no-group.
ops-add-no-groups = aucun
ops-add-note-empty = la note est vide
ops-add-no-coder = personne n'est indiqué pour écrire la note : donnez --coder NOM (ou définissez SPIRAL_CODER, ou les animateurs de la séance avec spiral set --facilitator NOM)

## Vérification d'un fichier (ops/check.rs, `spiral check`), après « path: » ou « path:line:col: ».

ops-check-other-framework = avertissement : codée avec le cadre de référence `{ $coded }`, vérifiée avec `{ $framework }`
ops-check-unknown-family = avertissement : la note { $note } est codée `{ $family }`, une famille que le cadre de référence `{ $framework }` ne connaît pas (conservée, affichée comme inconnue)
ops-check-unknown-component = avertissement : la note { $note } a la composante `{ $component }`, que la famille `{ $family }` du cadre de référence `{ $framework }` n'a pas (conservée, affichée comme inconnue)
# $notes est $n tel qu'affiché ; $n choisit le pluriel.
ops-check-ok = ok ({ $groups ->
    [one] { $groups } groupe
   *[other] { $groups } groupes
}, { $n ->
    [one] { $notes } note
   *[other] { $notes } notes
}, dont { $coded } codées)

## Deux codages (ops/coders.rs) et fusions (ops/merge.rs).

ops-coder-empty = le nom de la personne qui code est vide
# Pourquoi un nouveau fichier n'en remplace pas un qui existe : « … existe déjà ; la copie à l'aveugle est un nouveau fichier ».
ops-new-blind-copy = la copie à l'aveugle est un nouveau fichier
ops-new-reconcile = le fichier où arbitrer est un nouveau fichier
ops-new-merge = la fusion écrit un nouveau fichier
# « 12 notes communes : 9 codées de la même façon par Ana et Lisa, 3 à arbitrer. » $shared est $n tel qu'affiché ; $n choisit le pluriel.
ops-reconciling = { $n ->
    [one] { $shared } note commune
   *[other] { $shared } notes communes
} : { $agreed } codées de la même façon par { $first } et { $second }, { $to_decide } à arbitrer.
# $notes est $n tel qu'affiché ; $n choisit le pluriel.
ops-merged = { $files ->
    [one] { $files } séance fusionnée
   *[other] { $files } séances fusionnées
} dans { $file } : { $n ->
    [one] { $notes } note
   *[other] { $notes } notes
}.
# Suit ops-merged. $conflicts est $n tel qu'affiché ; $n choisit le pluriel.
ops-merged-conflicts = { $n ->
    [one] { $conflicts } conflit (la modification la plus récente est conservée) : listé dans { $list }.
   *[other] { $conflicts } conflits (la modification la plus récente est conservée) : listés dans { $list }.
}

## Les détails et les questions de la séance, tels que le formulaire des détails et `spiral set` les refusent (ops/details.rs).

ops-details-title = Une séance doit avoir un titre.
ops-details-date = « { $date } » n'est pas une date : écrivez-la AAAA-MM-JJ (2026-11-23).
ops-details-question-words = Une question doit être formulée.
ops-details-no-question = Cette question n'existe pas.
ops-details-at-end = Elle est déjà à la première ou à la dernière place.
ops-details-answered = { $n ->
    [one] « { $question } » a déjà { $n } réponse : les questions gardent l'ordre dans lequel elles ont été posées.
   *[other] « { $question } » a déjà { $n } réponses : les questions gardent l'ordre dans lequel elles ont été posées.
}
ops-details-no-group = Ce groupe n'existe pas.
ops-details-group-name = Un groupe doit avoir un nom.
ops-details-group-taken = Un autre groupe s'appelle déjà « { $name } ».

## Ce qui rend le fichier d'une séance incohérent (model/session.rs), après « path:line:col: ».
## `criterion` est le nom d'une ligne du fichier.

session-duplicate-question = identifiant de question `{ $id }` en double
session-no-question = la séance n'a aucune question
session-duplicate-group = identifiant de groupe `{ $id }` en double
session-duplicate-criterion = identifiant de critère `{ $id }` en double
session-duplicate-note = identifiant de note `{ $id }` en double
session-unknown-group = la note `{ $note }` indique le groupe `{ $group }`, que la séance n'a pas
session-unknown-question = la note `{ $note }` répond à la question `{ $question }`, que la séance n'a pas
session-unknown-criterion = la note `{ $note }` est regroupée dans le critère `{ $criterion }`, que la séance n'a pas (supprimez sa ligne `criterion`)
session-criterion-family = la note `{ $note }` est regroupée dans le critère `{ $criterion }` de la famille `{ $family }` mais elle est codée `{ $coded }` (supprimez sa ligne `criterion`, ou codez-la `{ $family }`)
# $coded dans session-criterion-family, pour une note qui n'est pas codée.
session-uncoded = (non codée)

## Fusion des fichiers des animateurs (merge.rs) : refus, et le rapport de chaque choix
## fait, une ligne chacun, écrit à côté du fichier fusionné.

merge-nothing = rien à fusionner
merge-frameworks = { $first } a été codé avec le cadre de référence `{ $first_id }` (empreinte { $first_print }) et { $other } avec `{ $other_id }` (empreinte { $other_print }) ; les fichiers de cadres différents ne sont pas fusionnés
merge-inconsistent = la séance fusionnée n'est pas cohérente : { $why }
# La famille d'une note, quand elle n'en a pas.
merge-uncoded = non codée
# La personne qui a codé une note, quand la note n'en indique pas.
merge-no-coder = codage anonyme
# Une version d'une note : « ses mots » (famille, codage, modifiée le 2026-11-23T14:02:11Z).
merge-version = « { $text } » ({ $family }, { $coder }, modifiée le { $modified })
# Le premier mot d'une ligne du rapport, avant ce qu'elle dit : « conflit : note … ».
merge-conflict = conflit :
merge-removed = supprimé :
merge-remark = remarque :
# Une note supprimée dans un fichier ($by, à $at) et modifiée ailleurs après : rétablie (merge-kept suit).
merge-revived = note { $id } supprimée par { $by } le { $at } puis modifiée ailleurs : rétablie
merge-note-conflict = note { $id }
# Sous merge-note-conflict : la version conservée, et chaque version écartée.
merge-kept = conservée : { $version }
merge-lost = écartée : { $version }
merge-group-version = « { $name } » ({ $participants ->
    [one] { $participants } participant
   *[other] { $participants } participants
})
merge-group-version-unknown = « { $name } » (nombre de participants inconnu)
# $kept et $lost : merge-group-version (ou -unknown), $lost une liste.
merge-group-conflict = groupe { $id } conservé comme { $kept } ; vu aussi comme { $lost }
merge-criterion-version = « { $wording } » (famille { $family })
merge-criterion-conflict = critère { $id } conservé comme { $kept } ; aussi { $lost }
merge-left-criterion = la note { $note } a quitté le critère { $criterion } : elle est codée { $coded }, la famille du critère est { $family }
# $files : les fichiers (une liste) où le critère a été supprimé.
merge-removed-criterion = critère { $id } « { $wording } » : supprimé dans { $files }, où ses notes l'ont quitté ensuite
# $kept et $lost : merge-quoted, $lost une liste.
merge-question-conflict = question { $id } conservée comme { $kept } ; aussi formulée { $lost }
# La formulation d'une question, entre guillemets.
merge-quoted = « { $words } »
merge-same-name = { $n } groupes différents s'appellent « { $name } » (identifiants { $ids }) ; ils restent séparés
merge-group-kept = groupe conservé comme { $kept } ; vu aussi comme { $lost }
merge-criterion-kept = critère conservé comme { $kept } ; aussi { $lost }
merge-left-criterion-words = la note « { $words } » a quitté le critère « { $wording } » : elle est codée { $coded }, la famille du critère est { $family }
merge-removed-criterion-words = critère « { $wording } » : supprimé dans { $files }, où ses notes l'ont quitté ensuite
merge-question-kept = question conservée comme { $kept } ; aussi formulée { $lost }
merge-same-name-apart = { $n } groupes différents s'appellent « { $name } » ; ils restent séparés
merge-newest = dernière modification le { $at }
merge-newest-none = aucune modification datée
merge-title-conflict = titre conservé comme { $kept }, pris dans { $file } ({ $when }) ; aussi { $lost }
merge-place-conflict = lieu conservé comme { $kept }, pris dans { $file } ({ $when }) ; aussi { $lost }
merge-date-conflict = date conservée comme { $kept }, prise dans { $file } ({ $when }) ; aussi { $lost }
merge-question-order = les fichiers posent les questions dans des ordres différents ; ordre conservé : { $kept }
merge-file-list = { $file } : { $list }
merge-facilitators = { -facilitator(n: 2) } conservés : { $kept }, tous les noms que donne un fichier
merge-facilitators-none = aucun

## Prendre une autre version de la séance ouverte (intake.rs).

# Les deux versions fusionnées, telles qu'un refus les nomme : « cette version a été codée avec le cadre de référence … ».
intake-this-version = cette version
intake-other-version = l'autre version
# Un conflit sur une note, en bref : note « ses mots » : f3 (Bo) conservée, f1 (Anna) écartée.
intake-revived = note « { $words } » supprimée par { $by } puis modifiée ailleurs : rétablie
intake-note-conflict = note « { $words } » : { $kept } conservée, { $lost } écartée
# Une version écartée, avec d'autres mots que celle conservée : « ses mots » f1 (Anna).
intake-other-words = « { $words } » { $version }

## Arbitrer entre deux codages (reconcile.rs) : refus. $first et $second sont des fichiers.

reconcile-error-frameworks = { $first } et { $second } ont été codés avec des cadres de référence différents (`{ $first_id }`, empreinte { $first_print } ; `{ $second_id }`, empreinte { $second_print }) ; on ne peut pas arbitrer entre eux
reconcile-error-nothing = { $first } et { $second } n'ont aucune note en commun : ce ne sont pas deux codages d'une même séance

## Exports (export/mod.rs) ; la cause suit là où l'erreur est affichée.

export-error-write = impossible d'écrire l'export

## Synthèse (profile/synthesis.rs) : pourquoi regrouper des notes dans un critère a été refusé, sur la ligne d'état.

synthesis-refused-wording = Un critère doit avoir une formulation.
synthesis-refused-gone = Ce critère n'existe plus.
synthesis-refused-already = Ces notes sont déjà dans ce critère.
synthesis-refused-in-none = Ces notes ne sont dans aucun critère.
synthesis-refused-split = Seules les notes de ce critère peuvent en être détachées.
synthesis-refused-same = La formulation est la même.
synthesis-refused-mark = Marquez d'abord des notes (Space).
synthesis-refused-marked-gone = Une note marquée a disparu.
synthesis-refused-one-family = Un critère ne contient que des notes d'une seule famille.

## Le fil du territoire (territory/mod.rs).

# $what : ce qui est arrivé (intake-new, intake-conflicts…) ; $copy : où la copie a été rangée.
territory-links-left-out = { $n ->
    [one] Laissé de côté : { $links } est un lien vers un dossier ; spiral ne lit et n'écrit rien à travers les liens.
   *[other] Laissés de côté : { $links } sont des liens vers des dossiers ; spiral ne lit et n'écrit rien à travers les liens.
}
territory-merged-copy = Une copie de { $name } laissée par un service de synchronisation a été fusionnée : { $what }. La copie est rangée dans { $copy }.
territory-names-not-utf8 = { $n ->
    [one] 1 fichier laissé de côté, son nom n'est pas en UTF-8 (renommez-le pour le lire) : { $names }.
   *[other] { $n } fichiers laissés de côté, leurs noms ne sont pas en UTF-8 (renommez-les pour les lire) : { $names }.
}
