<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes on paper. Overrides t:note-call and t:notes of html/notes.xsl:
  - an editorial note becomes a footnote in place: a span.footnote at the call site, which print.css
    floats to the foot of the page (float: footnote); its mark is the edition's note number
    (common/numbering.xsl), the same number as in the HTML edition, carried in data-mark;
  - a note of the source (its endnote calls 71–80) stays a distinct mark in the line, the source's
    number in square brackets: it is not a footnote of this edition;
  - nothing is collected at the end (t:notes is empty).
  The footnote's content must stay phrasing content (the print HTML is parsed again by WeasyPrint's
  HTML5 parser, which would close the paragraph at a nested <p>), so blocks inside a note become
  spans that CSS displays as blocks (mode t:phrasing).
  Modes: t:text; t:phrasing (HTML result nodes).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="t:note-call" as="node()*">
    <xsl:choose>
      <xsl:when test="t:is-source-note(.)">
        <sup class="ed-added source-note-call" id="{t:note-call-id(.)}"
          title="{t:label('source-note', t:note-mark(.))}">[{t:note-mark(.)}]</sup>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="content" as="node()*"><xsl:apply-templates mode="t:text"/></xsl:variable>
        <!-- An empty anchor right before the call: the PDF's named destination for the call. -->
        <span class="note-anchor ed-added" id="{t:note-call-id(.)}"/>
        <span class="footnote ed-added" id="{t:note-id(.)}" role="doc-footnote"
          data-mark="{if (ancestor::text) then t:note-mark(.) else '*'}">
          <xsl:for-each select="@xml:lang"><xsl:attribute name="lang" select="."/></xsl:for-each>
          <xsl:apply-templates select="$content" mode="t:phrasing"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The notes are at the foot of their pages. -->
  <xsl:template name="t:notes" as="empty-sequence()"/>

  <xsl:mode name="t:phrasing" on-no-match="shallow-copy"/>

  <!-- A block of HTML inside a footnote: a span of class "as-block as-p" (or as-ul, as-li…). -->
  <xsl:template match="*[local-name() = ($t:html-blocks, 'li', 'dt', 'dd', 'tr', 'td', 'th', 'caption',
      'figcaption')]" mode="t:phrasing">
    <span class="{string-join(('as-block', 'as-' || local-name(), tokenize(@class)), ' ')}">
      <xsl:apply-templates select="@* except @class, node()" mode="t:phrasing"/>
    </span>
  </xsl:template>
</xsl:stylesheet>
