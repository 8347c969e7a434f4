<?xml version="1.0" encoding="UTF-8"?>
<!--
  The TEI header (TEI module header): the facts the title block and "About this edition" are built
  from — title, editors and their responsibilities, publication, licence, source, editorial principles,
  revision history — and the suggested citation composed from them.
  Functions only: how the facts are laid out is the output's business (html/header.xsl).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <!-- The title of the edition: the edition-title parameter, else the main title of titleStmt. -->
  <xsl:function name="t:edition-title" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="titles" as="element(title)*" select="$tei/teiHeader/fileDesc/titleStmt/title"/>
    <xsl:sequence select="($edition-title[normalize-space()],
      ($titles[not(@type = ('sub', 'subtitle', 'alt', 'short'))], $titles)[1] ! t:plain(.),
      t:label('edition'))[1]"/>
  </xsl:function>

  <xsl:function name="t:edition-subtitle" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/teiHeader/fileDesc/titleStmt/title[@type = ('sub', 'subtitle')][1] ! t:plain(.)"/>
  </xsl:function>

  <!-- The people and bodies responsible for the edition, by name: editors first, then every respStmt. -->
  <xsl:function name="t:editor-names" as="xs:string*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="stmt" as="element(titleStmt)?" select="$tei/teiHeader/fileDesc/titleStmt"/>
    <xsl:sequence select="distinct-values((
      $stmt/editor ! t:agent-name(.),
      $stmt/respStmt[matches(string-join(resp), 'edit|encod|transcri|annot|herausg|bearb', 'i')]
        /(persName, orgName, name) ! t:agent-name(.)))"/>
  </xsl:function>

  <!-- The name of a person or body as written, or of the entry it points to. -->
  <xsl:function name="t:agent-name" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="target" as="element()?" select="(tokenize($e/@ref) ! t:resolve(., $e))[t:is-entry(.)][1]"/>
    <xsl:sequence select="(t:plain($e)[.], $target ! t:entry-name(.), string($e/@xml:id))[1]"/>
  </xsl:function>

  <!-- Who @who (or @resp) names: "#teikit" becomes the name of the element with that id. -->
  <xsl:function name="t:who" as="xs:string*">
    <xsl:param name="pointers" as="attribute()?"/>
    <xsl:sequence select="tokenize($pointers) ! (
      let $e := t:resolve(., $pointers/..) return
      if ($e[t:is-entry(.)]) then t:entry-name($e)
      else if ($e) then t:plain($e)
      else replace(., '^#', ''))"/>
  </xsl:function>

  <!-- The year the edition was published (publicationStmt/date), else the latest change. -->
  <xsl:function name="t:publication-year" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="date" as="xs:string?" select="($tei/teiHeader/fileDesc/publicationStmt/date/(@when, .)[normalize-space()],
      $tei/teiHeader/revisionDesc//change/@when)[1] ! string(.)"/>
    <xsl:sequence select="replace($date, '^.*?(-?\d{4}).*$', '$1')[matches($date, '\d{4}')]"/>
  </xsl:function>

  <!-- Where the edition lives: the edition-url parameter, else publicationStmt/idno of type URL/URI/DOI. -->
  <xsl:function name="t:edition-url" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="idno" as="element(idno)?" select="$tei/teiHeader/fileDesc/publicationStmt/idno[upper-case(@type) = ('URL', 'URI', 'DOI')][1]"/>
    <xsl:sequence select="($edition-url[normalize-space()],
      $idno ! (if (upper-case(@type) = 'DOI' and not(starts-with(., 'http'))) then 'https://doi.org/' || normalize-space(.) else normalize-space(.)))[1]"/>
  </xsl:function>

  <!-- The source, as one line of citation text (for the suggested citation). -->
  <xsl:function name="t:source-citation" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="source" as="element()?" select="$tei/teiHeader/fileDesc/sourceDesc/(bibl, biblStruct, biblFull, msDesc, p)[1]"/>
    <xsl:sequence select="$source ! t:plain(.)[.]"/>
  </xsl:function>

  <!-- "Author, Title: Subtitle. Edited by Editors. Place: Publisher, Year. URL." — what a reader
       should write to cite this edition. -->
  <xsl:function name="t:suggested-citation" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="editors" as="xs:string*" select="t:editor-names($tei)"/>
    <xsl:variable name="authors" as="xs:string*" select="$tei/teiHeader/fileDesc/titleStmt/author ! t:agent-name(.)"/>
    <xsl:variable name="pub" as="element(publicationStmt)?" select="$tei/teiHeader/fileDesc/publicationStmt"/>
    <xsl:variable name="title" as="xs:string" select="t:edition-title($tei) || (t:edition-subtitle($tei) ! (': ' || .))"/>
    <xsl:variable name="imprint" as="xs:string?" select="string-join((
      string-join(($pub/pubPlace ! t:plain(.), ($pub/publisher, $pub/distributor, $pub/authority)[1] ! t:plain(.))[.], ': '),
      t:publication-year($tei))[.], ', ')[.]"/>
    <xsl:sequence select="string-join((
      (if (exists($authors)) then t:join($authors) || ', ' || $title else $title),
      $editors[1] ! t:label('edited-by', t:join($editors)), $imprint, t:edition-url($tei)) ! (replace(., '\.$', '') || '.'), ' ')"/>
  </xsl:function>

  <!-- "A, B and C". -->
  <xsl:function name="t:join" as="xs:string">
    <xsl:param name="items" as="xs:string*"/>
    <xsl:sequence select="if (count($items) le 2) then string-join($items, ' ' || t:label('and') || ' ')
      else string-join($items[position() lt last()], ', ') || ' ' || t:label('and') || ' ' || $items[last()]"/>
  </xsl:function>
</xsl:stylesheet>
