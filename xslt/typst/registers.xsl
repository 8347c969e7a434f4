<?xml version="1.0" encoding="UTF-8"?>
<!--
  The registers of the PDF edition: persons, places, organisations and events, each entry with its
  name, the pages of its mentions, life dates, other names, description, coordinates and authority
  identifiers. The pages are Typst's: every mention of the text leaves a marker labelled for its
  entry (t:mention in behaviours.xsl), and the entry asks where those markers fell (tk-pages in
  edition.typ): each page once, runs as ranges, each a link to the mention.
  Modes: t:register; t:text for descriptions.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="t:registers" as="node()*">
    <xsl:variable name="tei" as="element()" select="."/>
    <xsl:variable name="kinds" as="xs:string*" select="t:register-kinds(.)"/>
    <xsl:if test="exists($kinds)">
      <xsl:sequence select="t:m('&#10;#pagebreak(weak: true)&#10;'), t:call('heading', 'level: 1', t:text(t:label('registers'))),
        t:m(' &lt;registers&gt;&#10;')"/>
      <xsl:for-each select="$kinds">
        <xsl:sequence select="t:m('&#10;'), t:call('heading', 'level: 2', t:text(t:label(.))), t:m('&#10;')"/>
        <xsl:sequence select="t:call('tk-register', (), t:entries($tei, .) ! t:register-entry(.))"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- A list of entries where the body has it (namesdates.xsl): its heading, then its entries as the
       registers show them, in the encoder's order, in one column. -->
  <xsl:template name="t:entry-list" as="node()*">
    <xsl:apply-templates select="head" mode="t:text"/>
    <xsl:sequence select="t:call('tk-entry-list', (), *[t:is-entry(.)] ! t:register-entry(.))"/>
    <xsl:apply-templates select="* except (head, *[t:is-entry(.)])" mode="t:text"/>
  </xsl:template>

  <xsl:function name="t:register-entry" as="node()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:apply-templates select="$entry" mode="t:register"/>
  </xsl:function>

  <xsl:template match="person | personGrp | place | org | event" mode="t:register" as="node()*">
    <xsl:variable name="dates" as="xs:string?" select="t:entry-dates(.)"/>
    <xsl:variable name="others" as="xs:string*" select="t:entry-other-names(.)"/>
    <xsl:variable name="links" as="element(idno)*" select="idno[exists(t:authority-url(.))]"/>
    <xsl:variable name="coordinates" as="xs:double*" select="t:coordinates(.)"/>
    <xsl:variable name="facts" as="xs:string?" select="string-join(($dates, $others, tokenize(@role)), '; ')[.]"/>
    <xsl:variable name="pages" as="xs:string" select="if (not(@xml:id)) then 'none' else if (exists(t:mentions-of(.)))
      then 'tk-pages(' || t:mention-label(.) || ')' else '[' || t:escape(t:label('no-mentions')) || ']'"/>
    <xsl:sequence select="t:m('#tk-entry(name: ['), t:text(t:entry-name(.)), t:m('], pages: ' || $pages || ')[')"/>
    <xsl:variable name="descriptions" as="element()*" select="t:entry-description(.)"/>
    <xsl:if test="exists($facts)"><xsl:sequence select="t:text($facts)"/></xsl:if>
    <xsl:for-each select="$descriptions">
      <xsl:variable name="first" as="xs:boolean" select="position() eq 1 and empty($facts)"/>
      <xsl:sequence select="t:m('#linebreak()')[not($first)], t:lang-wrapped(.)"/>
    </xsl:for-each>
    <xsl:if test="exists($coordinates) or exists($links)">
      <xsl:sequence select="t:m('#linebreak()')[exists($facts) or exists($descriptions)]"/>
    </xsl:if>
    <xsl:if test="exists($coordinates)">
      <xsl:sequence select="t:text(t:format-coordinates($coordinates) || (if (exists($links)) then ' · ' else ''))"/>
    </xsl:if>
    <xsl:for-each select="$links">
      <xsl:if test="position() gt 1"><xsl:sequence select="t:text(' · ')"/></xsl:if>
      <xsl:variable name="id" as="xs:string" select="if (matches(normalize-space(.), '^https?://'))
        then replace(normalize-space(.), '^.*/', '') else normalize-space(.)"/>
      <xsl:sequence select="t:m('#link(' || t:str(t:authority-url(.)) || ')['), t:text(t:authority-label(.) || ' ' || $id), t:m(']')"/>
    </xsl:for-each>
    <!-- the entries inside this one (a place in a place), indented under it -->
    <xsl:apply-templates select="t:entry-parts(.)" mode="t:register"/>
    <xsl:sequence select="t:m(']' || t:entry-label(.) || '&#10;')"/>
  </xsl:template>
</xsl:stylesheet>
