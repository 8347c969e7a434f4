<?xml version="1.0" encoding="UTF-8"?>
<!--
  Critical apparatus (TEI module textcrit): an app offers the lemma (lem) in the text and the other
  witnesses' readings (rdg) beside it. Like choice (transcr.xsl), it calls t:alternate: the web edition
  shows the readings on hover and focus, the PDF edition in its lettered apparatus footnotes. Notes
  and witness details inside an app keep their words.
  Modes: t:text.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:template match="app" mode="t:text" as="node()*">
    <xsl:variable name="readings" as="element()*" select="lem | rdg | rdgGrp/(lem | rdg)"/>
    <xsl:variable name="shown" as="element()?" select="($readings[self::lem], $readings)[1]"/>
    <xsl:call-template name="t:alternate">
      <xsl:with-param name="shown" select="$shown"/>
      <xsl:with-param name="others" select="$readings except $shown"/>
      <xsl:with-param name="label" select="t:label('variant')"/>
    </xsl:call-template>
    <xsl:apply-templates select="* except (lem, rdg, rdgGrp)" mode="t:text"/>
  </xsl:template>

  <!-- Words directly in an app are not TEI (an app holds readings only): such an app is no
       alternative, and everything in it is shown in its own order (as transcr.xsl does for choice). -->
  <xsl:template match="app[text()[normalize-space()]]" mode="t:text" as="node()*" priority="1">
    <xsl:call-template name="t:inline"/>
  </xsl:template>

  <xsl:template match="lem | rdg | witDetail | wit" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"/>
  </xsl:template>
</xsl:stylesheet>
