<?xml version="1.0" encoding="UTF-8"?>
<!--
  The web edition's behaviours for drama (common/drama.xsl): t:item-list, a list that is no element of
  the source (the members of a cast list or cast group). Speeches, speakers and stage directions are
  t:block and t:inline (roles "speech", "speaker", "stage", "cast-list", "cast-item"); their look is in
  the "Drama" section of css/edition.css.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit" exclude-result-prefixes="#all">

  <xsl:template name="t:item-list" as="node()*">
    <xsl:param name="content" as="node()*"/>
    <ul class="item-list"><xsl:sequence select="$content"/></ul>
  </xsl:template>
</xsl:stylesheet>
