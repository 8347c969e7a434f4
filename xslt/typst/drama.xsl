<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print edition's behaviours for drama (common/drama.xsl): t:item-list, a list that is no element of
  the source (the members of a cast list or cast group), as edition.typ's tk-item-list. Speeches,
  speakers and stage directions are t:block and t:inline (roles "speech", "speaker", "stage",
  "cast-list", "cast-item"), set by the "Drama" functions of edition.typ.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit" exclude-result-prefixes="#all">

  <xsl:template name="t:item-list" as="node()*">
    <xsl:param name="content" as="node()*"/>
    <xsl:sequence select="t:call('tk-item-list', (), $content)"/>
  </xsl:template>
</xsl:stylesheet>
