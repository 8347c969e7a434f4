<?xml version="1.0" encoding="UTF-8"?>
<!--
  The notes of the web edition: the editors' numbered notes and, apart from them, the source's own
  note calls, each with a back-link to its call mark in the text. The print edition overrides
  t:note-call (a footnote in place) and t:notes (nothing at the end).
  Modes: t:text for the notes' content.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="t:notes" as="element()?">
    <xsl:variable name="notes" as="element(note)*" select="text//note"/>
    <xsl:variable name="editorial" as="element(note)*" select="$notes[not(t:is-source-note(.))]"/>
    <xsl:variable name="source" as="element(note)*" select="$notes[t:is-source-note(.)]"/>
    <xsl:if test="exists($notes)">
      <section id="notes" class="notes" aria-labelledby="notes-h" role="doc-endnotes">
        <h2 id="notes-h">{t:label('notes')}</h2>
        <xsl:if test="exists($editorial)">
          <xsl:if test="exists($source)"><h3>{t:label('editorial-notes')}</h3></xsl:if>
          <ol class="note-list editorial-notes">
            <xsl:apply-templates select="$editorial" mode="t:note"/>
          </ol>
        </xsl:if>
        <xsl:if test="exists($source)">
          <h3>{t:label('source-notes')}</h3>
          <xsl:if test="$source/@place = 'end'"><p class="notes-intro">{t:label('source-notes-intro')}</p></xsl:if>
          <ol class="note-list source-notes">
            <xsl:apply-templates select="$source" mode="t:note"/>
          </ol>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:mode name="t:note" on-no-match="fail"/>

  <!-- One note: its mark, its text (paragraphs kept), a link back to the call. -->
  <xsl:template match="note" mode="t:note" as="element()">
    <li id="{t:note-id(.)}" class="note {if (t:is-source-note(.)) then 'source-note' else 'editorial-note'}"
        data-mark="{t:note-mark(.)}">
      <xsl:for-each select="@xml:lang"><xsl:attribute name="lang" select="."/></xsl:for-each>
      <xsl:variable name="back" as="element()">
        <a class="backlink ed-added" href="#{t:note-call-id(.)}" role="doc-backlink"
          aria-label="{t:label('back-to-text')} ({t:locator(.)})">↩</a>
      </xsl:variable>
      <span class="note-mark ed-added">{t:note-mark(.)}</span>
      <xsl:choose>
        <xsl:when test="p | ab | list | lg | table | cit[t:is-block-quotation(.)]">
          <div class="note-body"><xsl:apply-templates mode="t:text"/></div>
          <p class="note-back"><xsl:sequence select="$back"/></p>
        </xsl:when>
        <xsl:otherwise>
          <p class="note-body"><xsl:apply-templates mode="t:text"/><xsl:text> </xsl:text><xsl:sequence select="$back"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>
</xsl:stylesheet>
