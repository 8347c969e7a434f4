<?xml version="1.0" encoding="UTF-8"?>
<!--
  Small capitals that never lose a letter. The web edition sets speakers, signatures, trailers, cast
  roles, third-level headings, bylines and hi rend="smallcaps" in small capitals with the font's own
  small-capital glyphs (font-variant: small-caps). The book face's small capitals cover the basic
  Latin letters only: in Chromium, "søster" came out as "s ster", and þ, ð, ł, ŋ and Greek vanished
  the same way. So where such words hold any other lowercase letter, their lowercase runs are set as
  real capitals in a smaller size instead (class sc-low, edition.css), which every face has: the
  look of small capitals, with every letter. (The PDF's Typst falls back to the plain glyph itself.)
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <!-- Is this text set in small capitals by the stylesheet (edition.css)? -->
  <xsl:function name="t:in-small-caps" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/ancestor::*[self::speaker or self::signed or self::trailer
      or self::role[ancestor::castList] or self::hi[tokenize(@rend) = ('smallcaps', 'small-caps', 'sc')]
      or self::head[parent::lg] or (self::head[parent::*[t:is-division(.)]]
        and count(ancestor::*[t:is-division(.)]) eq 3)])"/>
  </xsl:function>

  <!-- Words for small capitals: as they are when the face's small capitals have every lowercase
       letter in them (a-z); else each run of lowercase letters as smaller capitals. -->
  <xsl:function name="t:caps" as="node()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="matches($text, '[\p{Ll}-[a-z]]')">
        <xsl:analyze-string select="$text" regex="\p{{Ll}}+">
          <xsl:matching-substring><span class="sc-low"><xsl:value-of select="."/></span></xsl:matching-substring>
          <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
