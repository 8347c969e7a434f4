<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes in the PDF edition. t:note-call (behaviours.xsl) makes an editorial note a footnote numbered
  as in the HTML edition. A note of the source that the source printed at the end (place="end"), or
  that the excerpt has only as a call, stays what it was: the source's mark in square brackets in the
  line; the words of such notes are listed, under their marks, in "Notes of the source" after the
  text, so nothing is lost and nothing is passed off as a footnote of this edition. A source note
  printed elsewhere (a footnote of the source) is a footnote under its own mark.
  Modes: t:text.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:function name="t:is-endnote-call" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="t:is-source-note($note) and ($note/@place = 'end' or not(normalize-space($note)))
      and empty($note/ancestor::note)"/>
  </xsl:function>

  <!-- What a footnote says: the note's content, in the note's own language when it has one. -->
  <xsl:function name="t:note-body" as="node()*">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="t:lang-wrapped($note)"/>
  </xsl:function>

  <!-- The words of the source's endnotes, under their bracketed marks, after the text. -->
  <xsl:template name="t:source-endnotes" as="node()*">
    <xsl:variable name="notes" as="element(note)*" select="text//note[t:is-endnote-call(.)][normalize-space()]"/>
    <xsl:if test="exists($notes)">
      <xsl:sequence select="t:m('&#10;'), t:call('heading', 'level: 1', t:text(t:label('source-notes'))), t:m('&#10;')"/>
      <xsl:for-each select="$notes">
        <xsl:sequence select="t:call('tk-endnote', (), (t:text('[' || t:note-mark(.) || '] '), t:note-body(.)))"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
