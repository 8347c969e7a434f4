<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus of the PDF edition (what an app is and what its entry says: common/textcrit.xsl).
  The text shows the lemma; the entry, "lemma Wit] reading Wit; …", is a footnote of its own kind
  (edition.typ: tk-app-note), apart from the editors' numbered notes: in verse keyed by the line's
  number, with nothing in the line; elsewhere called by a letter after the lemma (the letters of
  t:apparatus-mark, which choice shares). An app inside a note (no footnote there) or inside another
  entry's reading is followed by its readings in square brackets.
  Behaviours: t:app, t:app-piece.
  Modes: t:text.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:template name="t:app" as="node()*">
    <xsl:param name="lemma" as="element()?"/>
    <xsl:param name="entry" as="xs:boolean"/>
    <xsl:apply-templates select="$lemma" mode="t:text"/>
    <xsl:choose>
      <xsl:when test="$entry and empty(ancestor::note)">
        <!-- keyed by its letter, else by its line (verse) or paragraph (a lemma of whole paragraphs);
             a lemma of whole lines or paragraphs places its empty call, which takes no line of its own -->
        <xsl:variable name="key" as="xs:string" select="if (t:app-lettered(.)) then 'mark: ' || t:str(t:apparatus-mark(.))
          else 'line: ' || t:str(t:app-locator(.))"/>
        <xsl:variable name="block" as="xs:boolean" select="t:is-block-reading($lemma)"/>
        <xsl:sequence select="t:m((if ($block) then '#place(' else '#') || 'tk-app-note(' || $key || ')[')"/>
        <xsl:call-template name="t:app-entry-content"/>
        <xsl:sequence select="t:m(if ($block) then '])' else ']')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="t:text(' [')"/>
        <xsl:call-template name="t:app-entry-content"><xsl:with-param name="with-lemma" select="false()"/></xsl:call-template>
        <xsl:sequence select="t:text(']')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Sigla and the editors' words (om., add., lacuna …) in italics, the rest as it is. -->
  <xsl:template name="t:app-piece" as="node()*">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="title" as="xs:string?" select="()"/>
    <xsl:sequence select="if ($kind = ('sigla', 'label')) then t:call('emph', (), $content) else $content"/>
  </xsl:template>
</xsl:stylesheet>
