<?xml version="1.0" encoding="UTF-8"?>
<!--
  About this edition on paper: the web edition's section (html/header.xsl, t:about), with one line
  after its heading that explains the marks of the printed text (the source's endnote calls in
  square brackets, the editors' numbered footnotes). t:print-about calls the web's t:about and
  copies its result with that line added (mode t:print-about), so the layout is not duplicated.
  Modes: t:print-about (HTML result nodes).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="t:print-about" as="element()">
    <xsl:variable name="about" as="element()">
      <xsl:call-template name="t:about"/>
    </xsl:variable>
    <xsl:apply-templates select="$about" mode="t:print-about">
      <xsl:with-param name="marks" tunnel="yes" select="(text//note[t:is-source-note(.)])[1] ! t:note-mark(.)"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:mode name="t:print-about" on-no-match="shallow-copy"/>

  <xsl:template match="section[@id = 'about']" mode="t:print-about" xpath-default-namespace="">
    <xsl:copy>
      <xsl:apply-templates select="@*" mode="t:print-about"/>
      <xsl:if test="not(@lang)"><xsl:attribute name="lang" select="$ui-lang"/></xsl:if>
      <xsl:apply-templates select="node()" mode="t:print-about"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="section[@id = 'about']/h2" mode="t:print-about" xpath-default-namespace="">
    <xsl:param name="marks" tunnel="yes" as="xs:string?"/>
    <xsl:copy-of select="."/>
    <xsl:if test="exists($marks)">
      <p class="marks-explained">{replace(t:print-label('source-note-marks'), '\{1\}', $marks)}</p>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
