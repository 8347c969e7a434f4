<?xml version="1.0" encoding="UTF-8"?>
<!--
  Performance texts (TEI module drama): speeches, speakers and stage directions.
  Modes: t:text.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:t="urn:teikit" xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:template match="sp | castList | castItem | castGroup | set" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'block'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="speaker" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'line'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="stage | role | roleDesc | actor" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"/>
  </xsl:template>
</xsl:stylesheet>
