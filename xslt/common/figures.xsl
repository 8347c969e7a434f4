<?xml version="1.0" encoding="UTF-8"?>
<!--
  Tables, formulae, graphics and figures (TEI module figures). A figure's figDesc (the description
  of the image) is shown as text: the edition never hides words of the source. Images are only
  embedded when they are local files; a remote graphic becomes a link, so the page fetches nothing.
  Modes: t:text.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:template match="table" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'table'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="row" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'row'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="cell" mode="t:text" as="node()*">
    <xsl:call-template name="t:block">
      <xsl:with-param name="role" select="if (@role = 'label' or parent::row/@role = 'label') then 'header-cell' else 'cell'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The columns of a table: those of its widest row, a cell counting its @cols. -->
  <xsl:function name="t:table-columns" as="xs:integer">
    <xsl:param name="table" as="element()"/>
    <xsl:sequence select="max((1, $table/row ! sum(cell ! (if (@cols castable as xs:integer)
      then max((1, xs:integer(@cols))) else 1))))"/>
  </xsl:function>

  <!-- The columns a cell spans: its @cols; and the only cell of a row spans all of the table's columns,
       where no cell spans rows (real TEI often leaves @cols out where a row is one wide cell: a heading,
       or a table of its own, which one column would squeeze until its words break apart). -->
  <xsl:function name="t:cell-columns" as="xs:integer">
    <xsl:param name="cell" as="element()"/>
    <xsl:variable name="table" as="element()?" select="$cell/parent::row/parent::table"/>
    <xsl:sequence select="if ($cell/@cols castable as xs:integer) then max((1, xs:integer($cell/@cols)))
      else if ($table and count($cell/../cell) eq 1 and empty($table/row/cell/@rows[. castable as xs:integer][xs:integer(.) gt 1]))
      then t:table-columns($table) else 1"/>
  </xsl:function>

  <xsl:template match="figure" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'figure'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="figDesc" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'figure-description'"/></xsl:call-template>
  </xsl:template>

  <!-- t:images: set by teikit, not by -p. Where the web editions find the document's images: one
       <t:image url="as written" src="…"/> per image file that may be shown (toolkit/images.py; a
       data: image in the single page, the copy beside the page in the site). Absent (the PDF, or a
       transformation without a build): every allowed URL is used as it is. -->
  <xsl:param name="t:images" as="document-node()?" select="()"/>

  <xsl:key name="t:image" match="t:image" use="@url"/>

  <!-- Where the page finds a graphic: its place among $t:images, else (no build around the
       transformation, or an https: image allowed by -p remote-images) the URL the policy allows. -->
  <xsl:function name="t:image-source" as="xs:string?">
    <xsl:param name="graphic" as="element()"/>
    <xsl:variable name="url" as="xs:string?" select="t:resource-url($graphic/@url)"/>
    <xsl:sequence select="t:image-at($url, string($graphic/@url))"/>
  </xsl:function>

  <!-- Where the page finds the image at an allowed ``url`` (written ``as-written``). -->
  <xsl:function name="t:image-at" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:param name="as-written" as="xs:string"/>
    <xsl:sequence select="if (empty($t:images) or empty($url) or t:is-remote-resource($url)) then $url
      else key('t:image', $as-written, $t:images)/@src/string()"/>
  </xsl:function>

  <!-- The url reaches the output only when the URL policy (linking.xsl) allows it as a resource; the
       words of a refused one stay in the edition's placeholder, and it is reported. -->
  <xsl:template match="graphic | media" mode="t:text" as="node()*">
    <xsl:variable name="url" as="xs:string?" select="t:resource-url(@url)"/>
    <xsl:if test="empty($url) and normalize-space(@url)">
      <xsl:call-template name="t:report">
        <xsl:with-param name="code" select="'url.resource'"/>
        <xsl:with-param name="message" select="'&lt;' || name() || ' url=&quot;' || t:clean-url(@url) || '&quot;&gt; is not '
          || 'shown: images must be relative paths inside the document''s folder (no scheme, no leading / or \, no ../ out of it)'
          || (if (t:is-remote-resource(t:clean-url(@url))) then '; -p remote-images=true lets the HTML edition show https: images' else '')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="t:graphic">
      <xsl:with-param name="url" select="string($url)"/>
      <xsl:with-param name="description" select="(../figDesc ! t:plain(.), desc ! t:plain(.), '')[1]"/>
    </xsl:call-template>
    <!-- words inside a graphic (a desc; text an unvalidated document put there) are shown after it -->
    <xsl:apply-templates mode="t:text"/>
  </xsl:template>

  <xsl:template match="formula | notatedMusic" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"/>
  </xsl:template>
</xsl:stylesheet>
