## Why a file could not be read, written, locked or saved (store/, input.rs, output.rs).

## Pourquoi une séance est en lecture seule, comme le dit une modification refusée (store/session_file.rs) ;
## $why est read-only-held ou read-only-no-lock de core.ftl.

read-only = Lecture seule : { $why }.
read-only-projector = Lecture seule : c'est la vue projecteur ; elle affiche, et n'écrit jamais rien.

## Ouvrir, créer, reprendre et enregistrer le fichier d'une séance (store/session_file.rs).

# Une commande a attendu la séance ; $then dit quoi faire (ops-add-then…).
store-busy-waited = { $path } est ouvert dans un autre { -app } ({ $who }), toujours après { $secs } s ; { $then }
# Après « chemin : ».
store-cannot-lock = impossible de verrouiller
store-exists = { $path } existe déjà ; { -app } n'écrit jamais sur une séance existante
# Après « chemin : ».
store-cannot-write = impossible d'écrire
store-take-over-no-lock = Toujours en lecture seule : pas de verrou : { $why }.
store-take-over-unreadable = Toujours en lecture seule : le fichier ne se lit pas : { $why }
# Enregistrer sous (W).
store-save-as-no-name = Indiquez un nom de fichier.
store-save-as-exists = { $path } existe déjà ; choisissez un autre nom.
store-save-as-busy = { $path } est ouvert dans un autre { -app } ({ $who }).
store-save-as-no-lock = Pas enregistré : { $path } : { $why }
store-save-as-failed = Pas enregistré : { $path } : { $why }. Vos notes sont conservées ici.
# Ce qu'un service de synchronisation a apporté ne se lit pas (encore).
store-changed-unreadable = Le fichier a changé sur le disque et ne se lit pas (encore) : { $why }
store-copy-unreadable = Une copie de conflit ne se lit pas (encore) : { $why }
# Une copie de conflit laissée à la fenêtre qui tient la séance (store/copies.rs).
store-spiral-folder-not-folder = { $path } est un lien symbolique ou un fichier, pas un dossier : spiral n'écrit rien à travers lui (faites-en un dossier ordinaire, ou supprimez-le)
store-copy-held = { $who } tient la séance : c'est lui qui fusionne la copie

## Qui tient le verrou d'une séance, quand son fichier de verrouillage ne le dit pas
## (store/lock.rs) : dans « ouverte dans un autre spiral (…) ».

lock-hard-link = un autre { -app }, sous un autre nom de ce fichier (un lien physique)
lock-another = un autre { -app }
lock-held-by = { -app } pid { $pid } sur { $machine } depuis { $since }
lock-one-after-another = d'autres { -app }, l'un après l'autre

## Pourquoi un enregistrement n'a rien écrit (store/saver.rs, store/atomic.rs, store/write.rs).

store-refusal-deleted = supprimé par un autre programme
store-refusal-changed = modifié par un autre programme
store-refusal-failed = l'écriture a échoué
store-changed-meanwhile = le fichier a été modifié par un autre programme pendant son enregistrement
store-chunk-unserialized = une partie des notes n'a pas pu être mise en texte

## Ce qui ne va pas dans le fichier d'une séance, après « chemin:ligne:colonne : »
## (store/format.rs, store/count.rs).

store-version-newer = cette séance a la version de format { $version }, d'un { -app } plus récent ; celui-ci lit les versions jusqu'à { $newest }. Mettez { -app } à jour pour l'ouvrir
store-version-zero = la version de format 0 n'existe pas ; la première version est 1
store-version-unknown = { -app } ne lit pas la version de format { $version }
store-not-utf8 = le fichier n'est pas du texte UTF-8
store-note-unknown-group = la note `{ $id }` indique le groupe `{ $group }`, que la séance n'a pas
store-note-unknown-question = la note `{ $id }` répond à la question `{ $question }`, que la séance n'a pas
store-worker-stopped = le fichier n'a pas été lu (un fil de travail s'est arrêté)

## Pourquoi un fichier n'a pas été lu (input.rs), après « chemin : ». $what est le
## genre de fichier : session, import, state, settings ou framework ; $kind est
## l'un des messages input-kind- ; $bytes est écrit en chiffres ; $limit est « 1 GiB ».

input-not-regular = ce n'est pas un fichier ordinaire mais { $kind } : { -app } lit { $what ->
    [import] les imports
    [state] les fichiers d'état
    [settings] les réglages
    [ignore] les listes d'exclusion
    [framework] les cadres de référence
   *[session] les séances
} depuis des fichiers
input-too-large = { $bytes } octets, plus que la taille permise pour { $what ->
    [import] un import
    [state] un fichier d'état
    [settings] un fichier de réglages
    [ignore] une liste d'exclusion
    [framework] un cadre de référence
   *[session] une séance
} ({ $limit })
input-kind-folder = un dossier
input-kind-fifo = une FIFO (un tube nommé)
input-kind-char-device = un périphérique caractère
input-kind-block-device = un périphérique bloc
input-kind-socket = un socket
input-kind-special = un fichier spécial

## Où est allée une sortie, et pourquoi elle n'a pas été écrite (output.rs). $kind
## est l'un des messages input-kind- ; $why termine « … existe déjà ; … » (ops-new-merge…).

output-stdout = la sortie standard
output-link-to = { $link }, un lien vers { $path }
# Après « chemin : ».
output-cannot-write = impossible d'écrire
output-session-to-stdout = { $path } : une séance s'enregistre dans un fichier ; indiquez un nom de fichier
output-folder = { $path } : un dossier ; indiquez le nom d'un fichier à écrire
output-not-writable-kind = { $path } : { $kind } : { -app } écrit dans des fichiers, des tubes et des terminaux
output-session-to-stream = { $path } : { $kind } : une séance s'enregistre dans un fichier ; indiquez un nom de fichier
output-link-loop = { $path } : un lien symbolique qui tourne en rond ; indiquez un autre nom
output-lock-file = { $path } : le fichier de verrouillage d'une séance ; { -app } n'écrit jamais dessus
output-over-session = { $path } : { -app } n'écrit pas un export sur le fichier d'une séance ni sur sa sauvegarde ; choisissez un autre nom
output-exists = { $path } existe déjà ; { $why }
output-no-reader = { $path } : { $kind } qu'aucun programme ne lit ; lancez d'abord le programme qui lit
output-changed-while-opened = { $path } : a changé pendant son ouverture ; réessayez

## Ce qui ne va pas dans un fichier de cadre de référence (model/framework.rs), après
## « chemin : » ou « chemin:ligne:colonne : ». $id est l'identifiant d'une famille,
## $component celui d'une composante ; $lang un code de langue (sv).

framework-cannot-read = impossible de lire le cadre de référence : { $reason }
framework-not-utf8 = le fichier n'est pas du texte UTF-8 valide
framework-no-family = le cadre de référence n'a aucune famille
framework-family-empty-id = une famille a un identifiant vide
framework-duplicate-family = l'identifiant de famille `{ $id }` apparaît deux fois
framework-key-out-of-range = la famille `{ $id }` a le numéro { $key } ; les numéros vont de 1 à 9
framework-duplicate-key = le numéro { $key } apparaît deux fois : la famille `{ $id }` utilise le numéro d'une autre famille
framework-family-no-english = la famille `{ $id }` n'a pas de libellé anglais
framework-short-too-wide = famille `{ $id }` : le libellé court « { $short } » fait { $wide } colonnes de large ; un libellé court en a au plus { $most }
framework-component-empty-id = une composante de la famille `{ $id }` a un identifiant vide
framework-duplicate-component = l'identifiant de composante `{ $component }` apparaît deux fois dans la famille `{ $id }`
framework-component-no-english = la composante `{ $component }` de la famille `{ $id }` n'a pas de libellé anglais
framework-same-short = les familles `{ $first }` et `{ $second }` ont le même libellé court « { $short } » en { $lang } ; chacune a besoin du sien
