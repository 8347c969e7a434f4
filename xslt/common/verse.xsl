<?xml version="1.0" encoding="UTF-8"?>
<!--
  Verse (TEI module verse): line groups and lines. Lines are numbered within each top-level line group
  (or by their own @n); every fifth number is shown, all are available to assistive technology.
  Modes: t:text.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="lg" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'verse'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="l" mode="t:text" as="node()*">
    <xsl:variable name="number" as="xs:string">
      <xsl:choose>
        <xsl:when test="@n">{@n}</xsl:when>
        <xsl:otherwise>
          <xsl:number count="l" level="any" from="lg[not(ancestor::lg)] | div | body"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="t:verse-line">
      <xsl:with-param name="number" select="$number"/>
      <xsl:with-param name="show-number" select="$number castable as xs:integer and xs:integer($number) mod 5 eq 0"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="caesura" mode="t:text" as="node()*">
    <xsl:call-template name="t:break"><xsl:with-param name="kind" select="'caesura'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="rhyme | metSym" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"/>
  </xsl:template>
</xsl:stylesheet>
