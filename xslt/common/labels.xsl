<?xml version="1.0" encoding="UTF-8"?>
<!--
  Interface labels in the languages of $t:ui (the ui-lang parameter, else the document's own language), and
  t:label() to look them up.
  A missing label falls back to English, then to its key, so a new language can be added partially.
  Placeholders {1}, {2} are filled from t:label#2's arguments.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map" exclude-result-prefixes="#all">

  <xsl:variable name="t:labels" as="map(xs:string, map(xs:string, xs:string))" select="map {
    'en': map {
      'opener': 'opening', 'closer': 'closing',
      'entity-page': 'All mentions in the edition', 'letters-sent': 'Letters sent', 'letters-received': 'Letters received', 'mentions': 'Mentions', 'no-mentions-edition': 'Not mentioned in the texts of the edition.', 'entries-count': '{1} entries', 'name': 'Name', 'facts': 'Dates and other names', 'search-needs-js': 'The search needs JavaScript; the list of documents and the registers work without it.', 'search-unavailable': 'This site has no search index (Pagefind was not available when it was built).', 'filter-entries': 'Filter the entries', 'month-year': '{1} {2}', 'first-day': '1',
      'skip': 'Skip to the text', 'text': 'Text', 'contents': 'Contents', 'notes': 'Notes',
      'editorial-notes': 'Editorial notes', 'source-notes': 'Notes of the source',
      'source-notes-intro': 'The excerpt calls these notes of the printed source; their text is not part of the excerpt.',
      'source-note': 'Note {1} of the source (its text is not part of this excerpt)',
      'note': 'Note {1}', 'back-to-text': 'Back to the text', 'registers': 'Registers',
      'person': 'Persons', 'place': 'Places', 'org': 'Organisations', 'event': 'Events', 'date': 'Dates',
      'person-1': 'person', 'place-1': 'place', 'org-1': 'organisation', 'event-1': 'event', 'date-1': 'date',
      'highlight': 'Highlight', 'mentioned-in': 'Mentioned in', 'no-mentions': 'Not mentioned in the text.',
      'born': 'born {1}', 'died': 'died {1}', 'about': 'About this edition', 'source': 'Source',
      'responsibility': 'Editors and responsibilities', 'publication': 'Publication', 'licence': 'Licence',
      'principles': 'Editorial principles', 'languages': 'Languages', 'revisions': 'Revision history',
      'citation': 'Suggested citation', 'edited-by': 'Edited by {1}', 'based-on': 'Based on {1}',
      'paragraph': 'Paragraph {1}', 'paragraph-short': '¶{1}', 'note-short': 'n. {1}', 'page': 'p. {1}',
      'page-long': 'Page {1} of the source', 'gap': 'gap', 'unclear': 'unclear', 'sic': 'sic',
      'or': 'or', 'corrected-from': 'source reads', 'expanded-from': 'abbreviated', 'regularised-from': 'original spelling',
      'alternative': 'alternative reading', 'deleted': 'deleted', 'added': 'added', 'supplied': 'supplied by the editors',
      'map': 'Map of the places with known coordinates (no base map; equirectangular projection).',
      'coordinates': 'Coordinates', 'close': 'Close', 'entry-kind': '{1} in the register',
      'generated': 'Made with {1} from a TEI P5 document.', 'figure': 'Figure', 'line': 'line {1}',
      'and': 'and', 'accessed': 'accessed', 'heading': 'heading', 'elsewhere': 'elsewhere', 'date-value': 'Date: {1}',
      'between': 'between {1} and {2}', 'not-before': 'not before {1}', 'not-after': 'not after {1}',
      'circa': 'c. {1}', 'bce': '{1} BCE', 'months': 'January February March April May June July August September October November December',
      'mentions-count': '{1} mentions', 'mention-again': 'mention {1} in this place', 'edition': 'edition',
      'ed': 'ed.', 'eds': 'eds', 'author': 'Author', 'editor': 'Editor', 'funder': 'Funder', 'sponsor': 'Sponsor', 'principal': 'Principal investigator', 'day-month-year': '{1} {2} {3}', 'day-month': '{1} {2}', 'revision-by': 'by {1}', 'endnote': 'endnote',
      'variant': 'variant', 'image-missing': 'image not available',
      'source-attached': 'The TEI document is attached to this PDF.',
      'source-note-marks': 'Numbers in square brackets, as [{1}], are the endnote calls of the printed source; the endnotes themselves are not part of this excerpt. Numbered footnotes are the editors’.',
      'apparatus-marks': 'Footnotes lettered a, b, c … give the readings that the text does not show: the source’s own spelling, abbreviations, corrections and variants.',
      'home': 'Home', 'documents': 'Documents', 'previous': 'Previous', 'next': 'Next',
      'tei-source': 'TEI source', 'pdf-version': 'PDF', 'document-navigation': 'This document in the edition',
      'edition-navigation': 'Edition', 'date-column': 'Date', 'search': 'Search', 'title': 'Title', 'corresp-sent': 'Sent', 'corresp-received': 'Received', 'corresp-forwarded': 'Forwarded', 'corresp-redirected': 'Redirected', 'corresp-transmitted': 'Transmitted', 'from-to': 'From → to', 'places': 'Places', 'type': 'Type',
      'filter': 'Filter the documents', 'documents-count': '{1} documents', 'not-found': 'Page not found',
      'not-found-text': 'There is no page at this address. The list of the edition’s documents is on the home page.'
    },
    'de': map {
      'opener': 'Briefeingang', 'closer': 'Briefschluss',
      'entity-page': 'Alle Erwähnungen in der Edition', 'letters-sent': 'Gesendete Briefe', 'letters-received': 'Empfangene Briefe', 'mentions': 'Erwähnungen', 'no-mentions-edition': 'In den Texten der Edition nicht erwähnt.', 'entries-count': '{1} Einträge', 'name': 'Name', 'facts': 'Daten und andere Namen', 'search-needs-js': 'Die Suche braucht JavaScript; die Liste der Dokumente und die Register funktionieren auch ohne.', 'search-unavailable': 'Diese Website hat keinen Suchindex (Pagefind war beim Erstellen nicht verfügbar).', 'filter-entries': 'Einträge filtern', 'month-year': '{1} {2}', 'first-day': '1',
      'skip': 'Zum Text springen', 'text': 'Text', 'contents': 'Inhalt', 'notes': 'Anmerkungen',
      'editorial-notes': 'Anmerkungen der Herausgeber', 'source-notes': 'Anmerkungen der Vorlage',
      'source-notes-intro': 'Der Auszug verweist auf diese Anmerkungen der gedruckten Vorlage; ihr Text gehört nicht zum Auszug.',
      'source-note': 'Anmerkung {1} der Vorlage (ihr Text gehört nicht zu diesem Auszug)',
      'note': 'Anmerkung {1}', 'back-to-text': 'Zurück zum Text', 'registers': 'Register',
      'person': 'Personen', 'place': 'Orte', 'org': 'Organisationen', 'event': 'Ereignisse', 'date': 'Daten',
      'person-1': 'Person', 'place-1': 'Ort', 'org-1': 'Organisation', 'event-1': 'Ereignis', 'date-1': 'Datum',
      'highlight': 'Hervorheben', 'mentioned-in': 'Erwähnt in', 'no-mentions': 'Im Text nicht erwähnt.',
      'born': 'geboren {1}', 'died': 'gestorben {1}', 'about': 'Über diese Edition', 'source': 'Vorlage',
      'responsibility': 'Herausgeber und Verantwortlichkeiten', 'publication': 'Veröffentlichung', 'licence': 'Lizenz',
      'principles': 'Editionsrichtlinien', 'languages': 'Sprachen', 'revisions': 'Versionsgeschichte',
      'citation': 'Zitiervorschlag', 'edited-by': 'Herausgegeben von {1}', 'based-on': 'Nach {1}',
      'paragraph': 'Absatz {1}', 'paragraph-short': '¶{1}', 'note-short': 'Anm. {1}', 'page': 'S. {1}', 'page-long': 'Seite {1} der Vorlage',
      'gap': 'Lücke', 'unclear': 'unsicher', 'sic': 'sic', 'or': 'oder', 'corrected-from': 'Vorlage', 'expanded-from': 'abgekürzt',
      'regularised-from': 'Originalschreibung', 'alternative': 'andere Lesart', 'deleted': 'gestrichen',
      'added': 'hinzugefügt', 'supplied': 'von den Herausgebern ergänzt',
      'map': 'Karte der Orte mit bekannten Koordinaten (ohne Kartengrund; abstandstreue Zylinderprojektion).',
      'coordinates': 'Koordinaten', 'close': 'Schließen', 'entry-kind': '{1} im Register',
      'generated': 'Erstellt mit {1} aus einem TEI-P5-Dokument.', 'figure': 'Abbildung', 'line': 'Zeile {1}',
      'and': 'und', 'accessed': 'abgerufen', 'heading': 'Überschrift', 'elsewhere': 'anderswo', 'date-value': 'Datum: {1}',
      'between': 'zwischen {1} und {2}', 'not-before': 'nicht vor {1}', 'not-after': 'nicht nach {1}',
      'circa': 'um {1}', 'bce': '{1} v. Chr.', 'months': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
      'mentions-count': '{1} Erwähnungen', 'mention-again': 'Erwähnung {1} an dieser Stelle', 'edition': 'Edition',
      'ed': 'Hg.', 'eds': 'Hg.', 'author': 'Autor', 'editor': 'Herausgeber', 'funder': 'Förderer', 'sponsor': 'Träger', 'principal': 'Projektleitung', 'day-month-year': '{1}. {2} {3}', 'day-month': '{1}. {2}', 'revision-by': 'von {1}', 'endnote': 'Endnote',
      'variant': 'Variante', 'image-missing': 'Bild nicht verfügbar',
      'source-attached': 'Das TEI-Dokument ist diesem PDF beigefügt.',
      'source-note-marks': 'Zahlen in eckigen Klammern, etwa [{1}], sind die Endnotenverweise der gedruckten Vorlage; die Endnoten selbst gehören nicht zum Auszug. Die nummerierten Fußnoten stammen von den Herausgebern.',
      'apparatus-marks': 'Die mit a, b, c … bezeichneten Fußnoten geben die Lesarten, die der Text nicht zeigt: die Schreibung der Vorlage, Abkürzungen, Korrekturen und Varianten.',
      'home': 'Startseite', 'documents': 'Dokumente', 'previous': 'Vorheriges', 'next': 'Nächstes',
      'tei-source': 'TEI-Quelle', 'pdf-version': 'PDF', 'document-navigation': 'Dieses Dokument in der Edition',
      'edition-navigation': 'Edition', 'date-column': 'Datum', 'search': 'Suche', 'title': 'Titel', 'corresp-sent': 'Absendung', 'corresp-received': 'Empfang', 'corresp-forwarded': 'Weitergeleitet', 'corresp-redirected': 'Umgeleitet', 'corresp-transmitted': 'Übermittelt', 'from-to': 'Von → an', 'places': 'Orte', 'type': 'Art',
      'filter': 'Dokumente filtern', 'documents-count': '{1} Dokumente', 'not-found': 'Seite nicht gefunden',
      'not-found-text': 'Unter dieser Adresse gibt es keine Seite. Die Liste der Dokumente der Edition steht auf der Startseite.'
    },
    'fr': map {
      'opener': 'formule d’appel', 'closer': 'formule finale',
      'entity-page': 'Toutes les mentions dans l’édition', 'letters-sent': 'Lettres envoyées', 'letters-received': 'Lettres reçues', 'mentions': 'Mentions', 'no-mentions-edition': 'Aucune mention dans les textes de l’édition.', 'entries-count': '{1} entrées', 'name': 'Nom', 'facts': 'Dates et autres noms', 'search-needs-js': 'La recherche nécessite JavaScript ; la liste des documents et les index fonctionnent sans.', 'search-unavailable': 'Ce site n’a pas d’index de recherche (Pagefind n’était pas disponible lors de sa création).', 'filter-entries': 'Filtrer les entrées', 'month-year': '{1} {2}', 'first-day': '1er',
      'skip': 'Aller au texte', 'text': 'Texte', 'contents': 'Sommaire', 'notes': 'Notes',
      'editorial-notes': 'Notes des éditeurs', 'source-notes': 'Notes de la source',
      'source-notes-intro': 'L’extrait renvoie à ces notes de la source imprimée; leur texte ne fait pas partie de l’extrait.',
      'source-note': 'Note {1} de la source (son texte ne fait pas partie de cet extrait)',
      'note': 'Note {1}', 'back-to-text': 'Retour au texte', 'registers': 'Index',
      'person': 'Personnes', 'place': 'Lieux', 'org': 'Organisations', 'event': 'Événements', 'date': 'Dates',
      'person-1': 'personne', 'place-1': 'lieu', 'org-1': 'organisation', 'event-1': 'événement', 'date-1': 'date',
      'highlight': 'Surligner', 'mentioned-in': 'Mentionné dans', 'no-mentions': 'Aucune mention dans le texte.',
      'born': 'naissance: {1}', 'died': 'décès: {1}', 'about': 'À propos de cette édition', 'source': 'Source',
      'responsibility': 'Éditeurs et responsabilités', 'publication': 'Publication', 'licence': 'Licence',
      'principles': 'Principes d’édition', 'languages': 'Langues', 'revisions': 'Historique des révisions',
      'citation': 'Pour citer ce document', 'edited-by': 'Édition établie par {1}', 'based-on': 'D’après {1}',
      'paragraph': 'Paragraphe {1}', 'paragraph-short': '¶{1}', 'note-short': 'n. {1}', 'page': 'p. {1}', 'page-long': 'Page {1} de la source',
      'gap': 'lacune', 'unclear': 'lecture incertaine', 'sic': 'sic', 'or': 'ou', 'corrected-from': 'leçon de la source', 'expanded-from': 'abrégé',
      'regularised-from': 'graphie originale', 'alternative': 'autre leçon', 'deleted': 'biffé',
      'added': 'ajouté', 'supplied': 'restitué par les éditeurs',
      'map': 'Carte des lieux dont les coordonnées sont connues (sans fond de carte; projection équirectangulaire).',
      'coordinates': 'Coordonnées', 'close': 'Fermer', 'entry-kind': '{1} dans l’index',
      'generated': 'Réalisé avec {1} à partir d’un document TEI P5.', 'figure': 'Illustration', 'line': 'ligne {1}',
      'and': 'et', 'accessed': 'consulté le', 'heading': 'titre', 'elsewhere': 'ailleurs', 'date-value': 'Date: {1}',
      'between': 'entre {1} et {2}', 'not-before': 'pas avant {1}', 'not-after': 'pas après {1}',
      'circa': 'vers {1}', 'bce': '{1} av. J.-C.', 'months': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
      'mentions-count': '{1} mentions', 'mention-again': 'mention {1} à cet endroit', 'edition': 'édition',
      'ed': 'éd.', 'eds': 'éd.', 'author': 'Auteur', 'editor': 'Éditeur scientifique', 'funder': 'Financement', 'sponsor': 'Institution porteuse', 'principal': 'Direction scientifique', 'day-month-year': '{1} {2} {3}', 'day-month': '{1} {2}', 'revision-by': 'par {1}', 'endnote': 'note de fin',
      'variant': 'variante', 'image-missing': 'image non disponible',
      'source-attached': 'Le document TEI est joint à ce PDF.',
      'source-note-marks': 'Les chiffres entre crochets, comme [{1}], sont les appels des notes de fin de la source imprimée; ces notes elles-mêmes ne font pas partie de cet extrait. Les notes de bas de page numérotées sont celles des éditeurs.',
      'apparatus-marks': 'Les notes de bas de page appelées par les lettres a, b, c… donnent les leçons que le texte ne montre pas: la graphie de la source, les abréviations, les corrections et les variantes.',
      'home': 'Accueil', 'documents': 'Documents', 'previous': 'Précédent', 'next': 'Suivant',
      'tei-source': 'Source TEI', 'pdf-version': 'PDF', 'document-navigation': 'Ce document dans l’édition',
      'edition-navigation': 'Édition', 'date-column': 'Date', 'search': 'Rechercher', 'title': 'Titre', 'corresp-sent': 'Envoi', 'corresp-received': 'Réception', 'corresp-forwarded': 'Transfert', 'corresp-redirected': 'Réexpédition', 'corresp-transmitted': 'Transmission', 'from-to': 'Expéditeur → destinataire', 'places': 'Lieux', 'type': 'Type',
      'filter': 'Filtrer les documents', 'documents-count': '{1} documents', 'not-found': 'Page introuvable',
      'not-found-text': 'Il n’y a aucune page à cette adresse. La liste des documents de l’édition se trouve sur la page d’accueil.'
    },
    'it': map {
      'opener': 'apertura', 'closer': 'chiusa',
      'entity-page': 'Tutte le menzioni nell’edizione', 'letters-sent': 'Lettere inviate', 'letters-received': 'Lettere ricevute', 'mentions': 'Menzioni', 'no-mentions-edition': 'Nessuna menzione nei testi dell’edizione.', 'entries-count': '{1} voci', 'name': 'Nome', 'facts': 'Date e altri nomi', 'search-needs-js': 'La ricerca richiede JavaScript; l’elenco dei documenti e gli indici funzionano anche senza.', 'search-unavailable': 'Questo sito non ha un indice di ricerca (Pagefind non era disponibile quando è stato generato).', 'filter-entries': 'Filtra le voci', 'month-year': '{1} {2}', 'first-day': '1º',
      'skip': 'Vai al testo', 'text': 'Testo', 'contents': 'Sommario', 'notes': 'Note',
      'editorial-notes': 'Note dei curatori', 'source-notes': 'Note della fonte',
      'source-notes-intro': 'L’estratto rinvia a queste note della fonte a stampa; il loro testo non fa parte dell’estratto.',
      'source-note': 'Nota {1} della fonte (il suo testo non fa parte di questo estratto)',
      'note': 'Nota {1}', 'back-to-text': 'Torna al testo', 'registers': 'Indici',
      'person': 'Persone', 'place': 'Luoghi', 'org': 'Organizzazioni', 'event': 'Eventi', 'date': 'Date',
      'person-1': 'persona', 'place-1': 'luogo', 'org-1': 'organizzazione', 'event-1': 'evento', 'date-1': 'data',
      'highlight': 'Evidenzia', 'mentioned-in': 'Menzionato in', 'no-mentions': 'Nessuna menzione nel testo.',
      'born': 'n. {1}', 'died': 'm. {1}', 'about': 'Informazioni sull’edizione', 'source': 'Fonte',
      'responsibility': 'Curatori e responsabilità', 'publication': 'Pubblicazione', 'licence': 'Licenza',
      'principles': 'Criteri di edizione', 'languages': 'Lingue', 'revisions': 'Cronologia delle revisioni',
      'citation': 'Come citare', 'edited-by': 'A cura di {1}', 'based-on': 'Tratto da {1}',
      'paragraph': 'Capoverso {1}', 'paragraph-short': '¶{1}', 'note-short': 'n. {1}', 'page': 'p. {1}', 'page-long': 'Pagina {1} della fonte',
      'gap': 'lacuna', 'unclear': 'lettura incerta', 'sic': 'sic', 'or': 'o', 'corrected-from': 'lezione della fonte', 'expanded-from': 'abbreviato',
      'regularised-from': 'grafia originale', 'alternative': 'altra lezione', 'deleted': 'cancellato',
      'added': 'aggiunto', 'supplied': 'integrato dai curatori',
      'map': 'Mappa dei luoghi di cui sono note le coordinate (senza cartografia di base; proiezione equirettangolare).',
      'coordinates': 'Coordinate', 'close': 'Chiudi', 'entry-kind': '{1} nell’indice',
      'generated': 'Realizzato con {1} a partire da un documento TEI P5.', 'figure': 'Illustrazione', 'line': 'verso {1}',
      'and': 'e', 'accessed': 'consultato il', 'heading': 'titolo', 'elsewhere': 'altrove', 'date-value': 'Data: {1}',
      'between': 'tra il {1} e il {2}', 'not-before': 'non prima del {1}', 'not-after': 'non dopo il {1}',
      'circa': 'circa {1}', 'bce': '{1} a.C.', 'months': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
      'mentions-count': '{1} menzioni', 'mention-again': 'menzione {1} in questo passo', 'edition': 'edizione',
      'ed': 'a cura di', 'eds': 'a cura di', 'author': 'Autore', 'editor': 'Curatore', 'funder': 'Ente finanziatore', 'sponsor': 'Ente promotore', 'principal': 'Direzione scientifica', 'day-month-year': '{1} {2} {3}', 'day-month': '{1} {2}', 'revision-by': 'di {1}', 'endnote': 'nota finale',
      'variant': 'variante', 'image-missing': 'immagine non disponibile',
      'source-attached': 'Il documento TEI è allegato a questo PDF.',
      'source-note-marks': 'I numeri tra parentesi quadre, come [{1}], sono i richiami alle note finali della fonte a stampa; le note finali stesse non fanno parte di questo estratto. Le note a piè di pagina numerate sono dei curatori.',
      'apparatus-marks': 'Le note a piè di pagina contrassegnate dalle lettere a, b, c… riportano le lezioni che il testo non mostra: la grafia della fonte, le abbreviazioni, le correzioni e le varianti.',
      'home': 'Pagina iniziale', 'documents': 'Documenti', 'previous': 'Precedente', 'next': 'Successivo',
      'tei-source': 'Sorgente TEI', 'pdf-version': 'PDF', 'document-navigation': 'Questo documento nell’edizione',
      'edition-navigation': 'Edizione', 'date-column': 'Data', 'search': 'Cerca', 'title': 'Titolo', 'corresp-sent': 'Spedizione', 'corresp-received': 'Ricezione', 'corresp-forwarded': 'Inoltro', 'corresp-redirected': 'Reindirizzamento', 'corresp-transmitted': 'Trasmissione', 'from-to': 'Mittente → destinatario', 'places': 'Luoghi', 'type': 'Tipo',
      'filter': 'Filtra i documenti', 'documents-count': '{1} documenti', 'not-found': 'Pagina non trovata',
      'not-found-text': 'A questo indirizzo non c’è alcuna pagina. L’elenco dei documenti dell’edizione si trova nella pagina iniziale.'
    },
    'es': map {
      'opener': 'encabezamiento', 'closer': 'despedida',
      'entity-page': 'Todas las menciones en la edición', 'letters-sent': 'Cartas enviadas', 'letters-received': 'Cartas recibidas', 'mentions': 'Menciones', 'no-mentions-edition': 'Sin menciones en los textos de la edición.', 'entries-count': '{1} entradas', 'name': 'Nombre', 'facts': 'Fechas y otros nombres', 'search-needs-js': 'La búsqueda necesita JavaScript; la lista de documentos y los índices funcionan sin él.', 'search-unavailable': 'Este sitio no tiene índice de búsqueda (Pagefind no estaba disponible al generarlo).', 'filter-entries': 'Filtrar las entradas', 'month-year': '{1} de {2}', 'first-day': '1',
      'skip': 'Ir al texto', 'text': 'Texto', 'contents': 'Sumario', 'notes': 'Notas',
      'editorial-notes': 'Notas de los editores', 'source-notes': 'Notas de la fuente',
      'source-notes-intro': 'El fragmento remite a estas notas de la fuente impresa; su texto no forma parte del fragmento.',
      'source-note': 'Nota {1} de la fuente (su texto no forma parte de este fragmento)',
      'note': 'Nota {1}', 'back-to-text': 'Volver al texto', 'registers': 'Índices',
      'person': 'Personas', 'place': 'Lugares', 'org': 'Organizaciones', 'event': 'Acontecimientos', 'date': 'Fechas',
      'person-1': 'persona', 'place-1': 'lugar', 'org-1': 'organización', 'event-1': 'acontecimiento', 'date-1': 'fecha',
      'highlight': 'Resaltar', 'mentioned-in': 'Mencionado en', 'no-mentions': 'No se menciona en el texto.',
      'born': 'nacimiento: {1}', 'died': 'muerte: {1}', 'about': 'Acerca de esta edición', 'source': 'Fuente',
      'responsibility': 'Editores y responsabilidades', 'publication': 'Publicación', 'licence': 'Licencia',
      'principles': 'Criterios de edición', 'languages': 'Lenguas', 'revisions': 'Historial de revisiones',
      'citation': 'Cómo citar', 'edited-by': 'Edición a cargo de {1}', 'based-on': 'Basado en {1}',
      'paragraph': 'Párrafo {1}', 'paragraph-short': '¶{1}', 'note-short': 'n. {1}', 'page': 'p. {1}', 'page-long': 'Página {1} de la fuente',
      'gap': 'laguna', 'unclear': 'lectura dudosa', 'sic': 'sic', 'or': 'o', 'corrected-from': 'lección de la fuente', 'expanded-from': 'abreviado',
      'regularised-from': 'grafía original', 'alternative': 'otra lección', 'deleted': 'tachado',
      'added': 'añadido', 'supplied': 'suplido por los editores',
      'map': 'Mapa de los lugares con coordenadas conocidas (sin mapa base; proyección equirrectangular).',
      'coordinates': 'Coordenadas', 'close': 'Cerrar', 'entry-kind': '{1} en el índice',
      'generated': 'Generado con {1} a partir de un documento TEI P5.', 'figure': 'Ilustración', 'line': 'verso {1}',
      'and': 'y', 'accessed': 'consultado el', 'heading': 'título', 'elsewhere': 'en otro lugar', 'date-value': 'Fecha: {1}',
      'between': 'entre {1} y {2}', 'not-before': 'no antes de {1}', 'not-after': 'no después de {1}',
      'circa': 'hacia {1}', 'bce': '{1} a. C.', 'months': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
      'mentions-count': '{1} menciones', 'mention-again': 'mención {1} en este pasaje', 'edition': 'edición',
      'ed': 'ed.', 'eds': 'eds.', 'author': 'Autor', 'editor': 'Editor', 'funder': 'Entidad financiadora', 'sponsor': 'Entidad patrocinadora', 'principal': 'Dirección científica', 'day-month-year': '{1} de {2} de {3}', 'day-month': '{1} de {2}', 'revision-by': 'por {1}', 'endnote': 'nota final',
      'variant': 'variante', 'image-missing': 'imagen no disponible',
      'source-attached': 'El documento TEI va adjunto a este PDF.',
      'source-note-marks': 'Los números entre corchetes, como [{1}], son las llamadas de las notas finales de la fuente impresa; las notas finales mismas no forman parte de este fragmento. Las notas al pie numeradas son de los editores.',
      'apparatus-marks': 'Las notas al pie marcadas con las letras a, b, c… recogen las lecciones que el texto no muestra: la grafía de la fuente, las abreviaturas, las correcciones y las variantes.',
      'home': 'Inicio', 'documents': 'Documentos', 'previous': 'Anterior', 'next': 'Siguiente',
      'tei-source': 'Fuente TEI', 'pdf-version': 'PDF', 'document-navigation': 'Este documento en la edición',
      'edition-navigation': 'Edición', 'date-column': 'Fecha', 'search': 'Buscar', 'title': 'Título', 'corresp-sent': 'Envío', 'corresp-received': 'Recepción', 'corresp-forwarded': 'Reenvío', 'corresp-redirected': 'Reexpedición', 'corresp-transmitted': 'Transmisión', 'from-to': 'Remitente → destinatario', 'places': 'Lugares', 'type': 'Tipo',
      'filter': 'Filtrar los documentos', 'documents-count': '{1} documentos', 'not-found': 'Página no encontrada',
      'not-found-text': 'No hay ninguna página en esta dirección. La lista de los documentos de la edición está en la página de inicio.'
    },
    'da': map {
      'opener': 'indledning', 'closer': 'afslutning',
      'entity-page': 'Alle omtaler i udgaven', 'letters-sent': 'Afsendte breve', 'letters-received': 'Modtagne breve', 'mentions': 'Omtaler', 'no-mentions-edition': 'Ikke omtalt i udgavens tekster.', 'entries-count': '{1} opslag', 'name': 'Navn', 'facts': 'Datoer og andre navne', 'search-needs-js': 'Søgningen kræver JavaScript; listen over dokumenter og registrene virker også uden.', 'search-unavailable': 'Dette websted har intet søgeindeks (Pagefind var ikke tilgængeligt, da det blev bygget).', 'filter-entries': 'Filtrer opslagene', 'month-year': '{1} {2}', 'first-day': '1',
      'skip': 'Gå til teksten', 'text': 'Tekst', 'contents': 'Indhold', 'notes': 'Noter',
      'editorial-notes': 'Udgivernes noter', 'source-notes': 'Forlæggets noter',
      'source-notes-intro': 'Uddraget henviser til disse noter i det trykte forlæg; deres tekst indgår ikke i uddraget.',
      'source-note': 'Note {1} i forlægget (dens tekst indgår ikke i dette uddrag)',
      'note': 'Note {1}', 'back-to-text': 'Tilbage til teksten', 'registers': 'Registre',
      'person': 'Personer', 'place': 'Steder', 'org': 'Organisationer', 'event': 'Begivenheder', 'date': 'Datoer',
      'person-1': 'person', 'place-1': 'sted', 'org-1': 'organisation', 'event-1': 'begivenhed', 'date-1': 'dato',
      'highlight': 'Fremhæv', 'mentioned-in': 'Nævnt i', 'no-mentions': 'Ikke nævnt i teksten.',
      'born': 'født {1}', 'died': 'død {1}', 'about': 'Om denne udgave', 'source': 'Forlæg',
      'responsibility': 'Udgivere og ansvarsfordeling', 'publication': 'Udgivelse', 'licence': 'Licens',
      'principles': 'Udgivelsesprincipper', 'languages': 'Sprog', 'revisions': 'Versionshistorik',
      'citation': 'Citeres som', 'edited-by': 'Udgivet ved {1}', 'based-on': 'Efter {1}',
      'paragraph': 'Afsnit {1}', 'paragraph-short': '¶{1}', 'note-short': 'n. {1}', 'page': 's. {1}', 'page-long': 'Side {1} i forlægget',
      'gap': 'lakune', 'unclear': 'usikker læsning', 'sic': 'sic', 'or': 'eller', 'corrected-from': 'forlægget har', 'expanded-from': 'forkortet',
      'regularised-from': 'oprindelig stavemåde', 'alternative': 'anden læsemåde', 'deleted': 'overstreget',
      'added': 'tilføjet', 'supplied': 'suppleret af udgiverne',
      'map': 'Kort over stederne med kendte koordinater (uden baggrundskort; ækvidistant cylinderprojektion).',
      'coordinates': 'Koordinater', 'close': 'Luk', 'entry-kind': '{1} i registret',
      'generated': 'Fremstillet med {1} ud fra et TEI P5-dokument.', 'figure': 'Illustration', 'line': 'linje {1}',
      'and': 'og', 'accessed': 'tilgået', 'heading': 'overskrift', 'elsewhere': 'andetsteds', 'date-value': 'Dato: {1}',
      'between': 'mellem {1} og {2}', 'not-before': 'ikke før {1}', 'not-after': 'ikke efter {1}',
      'circa': 'ca. {1}', 'bce': '{1} f.Kr.', 'months': 'januar februar marts april maj juni juli august september oktober november december',
      'mentions-count': '{1} forekomster', 'mention-again': 'forekomst {1} på dette sted', 'edition': 'udgave',
      'ed': 'red.', 'eds': 'red.', 'author': 'Forfatter', 'editor': 'Udgiver', 'funder': 'Bevillingsgiver', 'sponsor': 'Ansvarlig institution', 'principal': 'Projektledelse', 'day-month-year': '{1}. {2} {3}', 'day-month': '{1}. {2}', 'revision-by': 'af {1}', 'endnote': 'slutnote',
      'variant': 'variant', 'image-missing': 'billede ikke tilgængeligt',
      'source-attached': 'TEI-dokumentet er vedhæftet denne PDF.',
      'source-note-marks': 'Tal i skarpe parenteser, som [{1}], er slutnotehenvisningerne i det trykte forlæg; selve slutnoterne indgår ikke i dette uddrag. De nummererede fodnoter er udgivernes.',
      'apparatus-marks': 'Fodnoterne med bogstaverne a, b, c … angiver de læsemåder, som teksten ikke viser: forlæggets egen stavemåde, forkortelser, rettelser og varianter.',
      'home': 'Forside', 'documents': 'Dokumenter', 'previous': 'Forrige', 'next': 'Næste',
      'tei-source': 'TEI-kilde', 'pdf-version': 'PDF', 'document-navigation': 'Dette dokument i udgaven',
      'edition-navigation': 'Udgave', 'date-column': 'Dato', 'search': 'Søg', 'title': 'Titel', 'corresp-sent': 'Afsendt', 'corresp-received': 'Modtaget', 'corresp-forwarded': 'Videresendt', 'corresp-redirected': 'Omadresseret', 'corresp-transmitted': 'Formidlet', 'from-to': 'Fra → til', 'places': 'Steder', 'type': 'Type',
      'filter': 'Filtrer dokumenterne', 'documents-count': '{1} dokumenter', 'not-found': 'Siden blev ikke fundet',
      'not-found-text': 'Der findes ingen side på denne adresse. Listen over udgavens dokumenter står på forsiden.'
    }
  }"/>

  <!-- The language of the interface: ui-lang when given, else the document's own (the xml:lang of its
       root or its text, by its primary subtag: "de-AT" is "de") when there are labels for it, else English. -->
  <xsl:variable name="t:ui" as="xs:string" select="if (normalize-space($ui-lang)) then normalize-space($ui-lang)
    else ((/*/@xml:lang, /*/*[local-name() = 'text']/@xml:lang) ! lower-case(substring-before(. || '-', '-'))
          [map:contains($t:labels, .)], 'en')[1]"/>

  <!-- The label for $key in the interface language (English, then the key itself, when missing). -->
  <xsl:function name="t:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($t:labels?($t:ui)?($key), $t:labels?en?($key), $key)[1]"/>
  </xsl:function>

  <!-- The label for $key with its placeholders {1}, {2}, … replaced by $args. -->
  <xsl:function name="t:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="args" as="xs:string*"/>
    <xsl:iterate select="1 to count($args)">
      <xsl:param name="text" as="xs:string" select="t:label($key)"/>
      <xsl:on-completion select="$text"/>
      <xsl:next-iteration>
        <xsl:with-param name="text" select="replace($text, '\{' || . || '\}', replace($args[current()], '([\\$])', '\\$1'))"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:function>
</xsl:stylesheet>
