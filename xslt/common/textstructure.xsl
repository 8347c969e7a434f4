<?xml version="1.0" encoding="UTF-8"?>
<!--
  Text structure (TEI module textstructure): front, body, back, divisions and their headings, title
  pages, and the framing parts of letters and documents (opener, closer, salute, signed, dateline,
  byline, postscript, trailer, epigraph, argument).
  Modes: t:text; t:toc (the table of contents).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="text | group | body" mode="t:text" as="node()*">
    <xsl:apply-templates mode="t:text"/>
  </xsl:template>

  <xsl:template match="front | back" mode="t:text" as="node()*">
    <xsl:call-template name="t:section"><xsl:with-param name="role" select="local-name()"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="div | div1 | div2 | div3 | div4 | div5 | div6 | div7 | floatingText" mode="t:text" as="node()*">
    <xsl:call-template name="t:section">
      <xsl:with-param name="role" select="'division'"/>
      <xsl:with-param name="id" select="t:division-id(.)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A division's heading; its level follows the nesting of divisions. -->
  <xsl:template match="head" mode="t:text" as="node()*">
    <xsl:call-template name="t:heading">
      <xsl:with-param name="level" select="t:division-depth(.)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- How deep a node sits among divisions (1 for a heading of a top-level div). -->
  <xsl:function name="t:division-depth" as="xs:integer">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="max((1, count($node/ancestor::*[self::div or self::div1 or self::div2 or self::div3
      or self::div4 or self::div5 or self::div6 or self::div7 or self::floatingText])))"/>
  </xsl:function>

  <!-- The HTML id of a division: its xml:id, else "sec-" and its position ("sec-2.1"). -->
  <xsl:function name="t:division-id" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <!-- Divisions of front and back get a prefix, so that they never share an id with the body's. -->
    <xsl:variable name="part" as="xs:string?" select="$div/ancestor::*[self::front or self::back][1] ! local-name()"/>
    <!-- and divisions of the texts of a group (the members of a teiCorpus) the number of their text -->
    <xsl:variable name="text" as="xs:string?" select="$div/ancestor::text[parent::group][1]
      ! ('t' || count(preceding::text[parent::group] | ancestor-or-self::text[parent::group]))"/>
    <xsl:sequence select="if ($div/@xml:id) then t:html-id($div) else
      'sec-' || $text ! (. || '-') || $part ! (. || '-') || string-join($div/ancestor-or-self::*[parent::body or parent::front or parent::back
        or parent::div or parent::div1 or parent::div2 or parent::div3 or parent::div4 or parent::div5 or parent::div6]
        [t:is-division(.)] ! string(count(preceding-sibling::*[t:is-division(.)]) + 1), '.')"/>
  </xsl:function>

  <xsl:function name="t:is-division" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::div or self::div1 or self::div2 or self::div3 or self::div4
      or self::div5 or self::div6 or self::div7])"/>
  </xsl:function>

  <!-- Framing blocks of letters and documents. -->
  <xsl:template match="opener | closer | postscript | titlePage | docTitle | argument | epigraph | trailer
      | byline | docAuthor | docDate | docImprint | docEdition | titlePart | imprimatur" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'block'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="salute | signed | dateline" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'line'"/></xsl:call-template>
  </xsl:template>

  <!-- Table of contents: the headed divisions, nested. -->
  <xsl:template match="div | div1 | div2 | div3 | div4 | div5 | div6 | div7" mode="t:toc" as="node()*">
    <xsl:call-template name="t:toc-entry">
      <xsl:with-param name="id" select="t:division-id(.)"/>
      <xsl:with-param name="label" select="t:plain(head[1])"/>
      <xsl:with-param name="children" as="node()*">
        <xsl:apply-templates select="*" mode="t:toc"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="div[not(head)] | div1[not(head)] | div2[not(head)] | div3[not(head)]" mode="t:toc" as="node()*">
    <xsl:apply-templates select="*" mode="t:toc"/>
  </xsl:template>
</xsl:stylesheet>
