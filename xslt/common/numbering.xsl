<?xml version="1.0" encoding="UTF-8"?>
<!--
  Numbering: which blocks are citable paragraphs (¶1, ¶2, … shown in the margin, anchors #p1, #p2),
  which notes are numbered editorial notes, and the counters for them, mentions and page breaks.
  All counters are accumulators, so a number is the same wherever it is asked for (the text, the
  notes list, a register back-link, the print edition's footnotes).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <!-- Containers whose children are blocks of the running text. -->
  <xsl:function name="t:is-division-level" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::body or self::front or self::back or self::div or self::div1
      or self::div2 or self::div3 or self::div4 or self::div5 or self::div6 or self::div7 or self::postscript
      or self::epigraph or self::argument or self::group or self::text])"/>
  </xsl:function>

  <!-- A quotation set off from the running text: a cit or quote standing between paragraphs, holding
       paragraphs or verse, or marked @rend="block". -->
  <xsl:function name="t:is-block-quotation" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::cit or self::quote][
        (parent::* ! t:is-division-level(.)) or *[self::p or self::lg or self::ab or self::sp]
        or tokenize(@rend) = ('block', 'display')]
      [not(self::quote and parent::cit)])"/>
  </xsl:function>

  <xsl:function name="t:is-paragraph-candidate" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::p or self::ab or self::lg]) or t:is-block-quotation($e)"/>
  </xsl:function>

  <!-- A citable paragraph: a p, ab, verse group or block quotation of the text, not inside a note,
       a register entry (a list of the body) or another citable paragraph. -->
  <xsl:function name="t:is-numbered" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="t:is-paragraph-candidate($e) and exists($e/ancestor::text)
      and empty($e/ancestor::note) and empty($e/ancestor::*[t:is-paragraph-candidate(.)])
      and empty($e/ancestor::*[t:is-entry(.)])"/>
  </xsl:function>

  <!-- Notes of the source itself (the source's note calls, authorial notes): they keep the source's
       own mark (@n) and are not numbered with the editors' notes. -->
  <xsl:function name="t:is-source-note" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="$note/@type = ('source', 'authorial', 'original')"/>
  </xsl:function>

  <!-- Every element of the source, numbered in document order: ids the edition makes for elements
       that have none (t:stable-id). generate-id() would do, but its values depend on how many documents
       the Saxon process has read before, and the same source must give the same bytes in any build. -->
  <xsl:accumulator name="t:element" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="*" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:variable name="t:source" as="document-node()?" select="/"/>

  <!-- An id for an element, the same in every build: "e" and its number in the source (an element of
       a tree the stylesheets made themselves falls back to generate-id()). -->
  <xsl:function name="t:stable-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if (root($e) is $t:source) then 'e' || $e/accumulator-before('t:element') else generate-id($e)"/>
  </xsl:function>

  <xsl:accumulator name="t:paragraph" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//*[t:is-numbered(.)]" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:accumulator name="t:note" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//note[not(t:is-source-note(.))]" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:accumulator name="t:mention" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//*[t:is-mention(.)]" select="$value + 1"/>
  </xsl:accumulator>

  <!-- Places of the text that offer other readings (choice, app), outside notes: the apparatus entries.
       The PDF edition letters them a, b, … as a second series of footnotes; a choice is one only where
       -p choice-notes asks for its note (t:choice-noted, transcr.xsl), an app only where its entry is not
       keyed by a line or paragraph (t:app-lettered, textcrit.xsl). -->
  <xsl:accumulator name="t:apparatus" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//choice[empty(ancestor::note)][t:choice-noted(.)] | text//app[t:app-lettered(.)]" select="$value + 1"/>
  </xsl:accumulator>

  <!-- The letter of an apparatus entry: a … z, aa, ab, … -->
  <xsl:function name="t:apparatus-mark" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="format-integer(max((1, $e ! accumulator-before('t:apparatus'))), 'a')"/>
  </xsl:function>

  <!-- The @n of the latest page break: the page of the source a passage is on. -->
  <xsl:accumulator name="t:page" as="xs:string?" initial-value="()">
    <xsl:accumulator-rule match="text//pb" select="string(@n)"/>
  </xsl:accumulator>

  <!-- The number of a citable paragraph (empty for anything else). -->
  <xsl:function name="t:paragraph-number" as="xs:integer?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e[t:is-numbered(.)] ! accumulator-before('t:paragraph')"/>
  </xsl:function>

  <!-- The number of an editorial note. -->
  <xsl:function name="t:note-number" as="xs:integer">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="$note ! accumulator-before('t:note')"/>
  </xsl:function>

  <!-- The HTML id of a note: its xml:id, or one made from its number or mark. -->
  <xsl:function name="t:note-id" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="if ($note/@xml:id) then t:html-id($note)
      else if (t:is-source-note($note)) then 'source-note-' || ($note/@n, t:stable-id($note))[1]
      else 'note-' || t:note-number($note)"/>
  </xsl:function>

  <!-- The id of the call mark of a note in the text (the back-link target). -->
  <xsl:function name="t:note-call-id" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="'call-' || t:note-id($note)"/>
  </xsl:function>

  <!-- The mark of a note: the editors' number, or the source's own @n. -->
  <xsl:function name="t:note-mark" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="if (t:is-source-note($note)) then string(($note/@n, '*')[1])
      else string(t:note-number($note))"/>
  </xsl:function>

  <!-- Where a node of the text is, for back-links: "¶3", "n. 2", "heading", a letter's "opening" or
       "closing", else "elsewhere" (the front matter…). -->
  <xsl:function name="t:locator" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="note" as="element(note)?" select="$node/ancestor::note[last()]"/>
    <xsl:variable name="block" as="element()?" select="$node/ancestor-or-self::*[t:is-numbered(.)][1]"/>
    <xsl:sequence select="if ($note) then t:label('note-short', t:note-mark($note))
      else if ($block) then t:label('paragraph-short', string(t:paragraph-number($block)))
      else if ($node/ancestor::head) then t:label('heading')
      else if ($node/ancestor::opener) then t:label('opener')
      else if ($node/ancestor::closer) then t:label('closer')
      else t:label('elsewhere')"/>
  </xsl:function>

  <!-- The anchor a locator points to: the paragraph (#p3) or the note. -->
  <xsl:function name="t:locator-id" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="note" as="element(note)?" select="$node/ancestor::note[last()]"/>
    <xsl:variable name="block" as="element()?" select="$node/ancestor-or-self::*[t:is-numbered(.)][1]"/>
    <xsl:sequence select="if ($note) then t:note-id($note) else $block ! ('p' || t:paragraph-number(.))"/>
  </xsl:function>
</xsl:stylesheet>
