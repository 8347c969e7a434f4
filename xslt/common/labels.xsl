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
