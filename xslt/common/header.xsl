<?xml version="1.0" encoding="UTF-8"?>
<!--
  The TEI header (TEI module header): the facts the title block and "About this edition" are built
  from — title, editors and their responsibilities, publication, licence, source, editorial principles,
  revision history — and the suggested citation composed from them.
  Functions, and the words of a citation (mode t:citation); how the facts are laid out is the output's
  business (html/header.xsl, typst/page.xsl).
  Modes: t:citation (a bibl as the text of a citation; its parts in t:text).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- The title of the edition: the edition-title parameter, else the main title of titleStmt. -->
  <xsl:function name="t:edition-title" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="titles" as="element(title)*" select="$tei/teiHeader/fileDesc/titleStmt/title"/>
    <xsl:sequence select="($edition-title[normalize-space()],
      (($titles[not(@type = ('sub', 'subtitle', 'alt', 'short'))], $titles) ! t:plain(.))[.][1],
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
      ($stmt/editor ! t:agent-name(.))[.],
      $stmt/respStmt[matches(string-join(resp), 'edit|encod|transcri|annot|herausg|bearb', 'i')]
        /(persName, orgName, name) ! t:agent-name(.)[.]))"/>
  </xsl:function>

  <!-- The name of a person or body as written, or of the entry it points to. -->
  <xsl:function name="t:agent-name" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="target" as="element()?" select="(tokenize($e/@ref) ! t:resolve(., $e))[t:is-entry(.)][1]"/>
    <xsl:sequence select="(t:name-words($e)[.], $target ! t:entry-name(.), '')[1]"/>
  </xsl:function>

  <!-- The words of a name: its parts (forename, surname…) apart even where the encoding writes them
       together ("<forename>Charles</forename><surname>Dickens</surname>"), without identifiers (an
       idno is shown as one, t:agent-ids). -->
  <xsl:function name="t:name-words" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="words" as="xs:string*">
      <xsl:apply-templates select="$e/node()" mode="t:name-words"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($words))"/>
  </xsl:function>

  <xsl:mode name="t:name-words" on-no-match="shallow-skip"/>
  <xsl:template match="text()" mode="t:name-words" as="xs:string">
    <xsl:sequence select="string(.)"/>
  </xsl:template>
  <xsl:template match="forename | surname | roleName | addName | nameLink | genName" mode="t:name-words" as="xs:string*">
    <xsl:sequence select="' '"/>
    <xsl:apply-templates mode="t:name-words"/>
    <xsl:sequence select="' '"/>
  </xsl:template>
  <xsl:template match="idno | note | ptr" mode="t:name-words"/>

  <!-- The statements of responsibility of a fileDesc (author, editor, respStmt…) that name someone. -->
  <xsl:function name="t:responsibilities" as="element()*">
    <xsl:param name="file" as="element()?"/>
    <xsl:sequence select="($file/titleStmt/(author, editor, respStmt, funder, sponsor, principal),
      $file/editionStmt/respStmt)[exists(t:agents-of(.))]"/>
  </xsl:function>

  <!-- Who a statement of responsibility names (a respStmt's names, else the element itself), each
       with a name (an empty <name xml:id="x"/> names nobody: its id is not a name). -->
  <xsl:function name="t:agents-of" as="element()*">
    <xsl:param name="statement" as="element()"/>
    <xsl:sequence select="(if ($statement/self::respStmt) then $statement/(persName, orgName, name) else $statement)
      [t:agent-name(.)]"/>
  </xsl:function>

  <!-- The identifiers of an agent (its idno, or its register entry's), as authority links. -->
  <xsl:function name="t:agent-ids" as="element(idno)*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="($e//idno, (tokenize($e/@ref) ! t:resolve(., $e))[t:is-entry(.)][1]/idno)
      [exists(t:authority-url(.))]"/>
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
    <xsl:variable name="authors" as="xs:string*" select="($tei/teiHeader/fileDesc/titleStmt/author ! t:agent-name(.))[.]"/>
    <xsl:variable name="pub" as="element(publicationStmt)?" select="$tei/teiHeader/fileDesc/publicationStmt"/>
    <xsl:variable name="title" as="xs:string" select="t:edition-title($tei) || (t:edition-subtitle($tei) ! (': ' || .))"/>
    <xsl:variable name="imprint" as="xs:string?" select="string-join((
      string-join(($pub/pubPlace ! t:plain(.), ($pub/publisher, $pub/distributor, $pub/authority)[1] ! t:plain(.))[.], ': '),
      t:publication-year($tei))[.], ', ')[.]"/>
    <xsl:sequence select="string-join((
      (if (exists($authors)) then t:join($authors) || ', ' || $title else $title),
      $editors[1] ! t:label('edited-by', t:join($editors)), $imprint, t:edition-url($tei)) ! (replace(., '\.$', '') || '.'), ' ')"/>
  </xsl:function>

  <!-- The correspondence of a letter (profileDesc/correspDesc): one line per correspAction, "Sent:
       Anna Example, Harbourtown, 12 May 1801", its parts (persons, organisations, places, dates, and
       any other child) each once, in the encoder's order; a date without words by its normalised value.
       Every word of the correspDesc reaches the page this way (a note or a p in it as well). -->
  <xsl:function name="t:correspondence" as="xs:string*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:for-each select="$tei/teiHeader/profileDesc/correspDesc">
      <xsl:for-each select="correspAction">
        <xsl:variable name="parts" as="xs:string*" select="* ! t:corresp-part(.)"/>
        <xsl:sequence select="(t:label('corresp-' || (@type, 'sent')[1]) || ': ')[exists($parts)] || string-join($parts, ', ')"/>
      </xsl:for-each>
      <xsl:sequence select="(* except correspAction) ! t:plain(.)[.]"/>
    </xsl:for-each>
  </xsl:function>

  <!-- One part of a correspAction in words (a date without words by its normalised value), or
       nothing when it has none. -->
  <xsl:function name="t:corresp-part" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="(if ($e/self::date and not(normalize-space($e))) then t:date-value($e) else t:plain($e))[.]"/>
  </xsl:function>

  <!-- "A, B and C". -->
  <xsl:function name="t:join" as="xs:string">
    <xsl:param name="items" as="xs:string*"/>
    <xsl:sequence select="if (count($items) le 2) then string-join($items, ' ' || t:label('and') || ' ')
      else string-join($items[position() lt last()], ', ') || ' ' || t:label('and') || ' ' || $items[last()]"/>
  </xsl:function>

  <xsl:mode name="t:citation" on-no-match="text-only-copy"/>

  <!-- A bibl as a citation. Mixed content (the encoder wrote the punctuation) is kept as written;
       a bibl of elements only is punctuated here: Author, Title (Place: Publisher, Date), scope. -->
  <xsl:template match="bibl[text()[normalize-space()]] | p" mode="t:citation" as="node()*">
    <xsl:apply-templates select="node() except note" mode="t:text"/>
  </xsl:template>

  <!-- A manuscript as it is cited: "Weimar, Goethe- und Schiller-Archiv, GSA 28/1045" (the parts of
       msIdentifier, each once, separated), then the rest of the description, each part a sentence. -->
  <xsl:template match="msDesc" mode="t:citation" as="node()*">
    <xsl:variable name="identifier" as="xs:string" select="t:ms-identifier(msIdentifier)"/>
    <xsl:value-of select="$identifier"/>
    <xsl:for-each select="node() except (msIdentifier, note)[not(self::text()[not(normalize-space())])]">
      <xsl:if test="position() gt 1 or $identifier"><xsl:text>. </xsl:text></xsl:if>
      <xsl:apply-templates select="." mode="t:text"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The parts of an msIdentifier (country, region, settlement, institution, repository, collection,
       idno, altIdentifier, msName), each as written, joined with commas. -->
  <xsl:function name="t:ms-identifier" as="xs:string">
    <xsl:param name="identifier" as="element(msIdentifier)?"/>
    <xsl:sequence select="string-join(($identifier/*, $identifier/text()[normalize-space()]) ! t:plain(.)[.], ', ')"/>
  </xsl:function>

  <xsl:template match="bibl | biblStruct | biblFull" mode="t:citation" as="node()*">
    <xsl:variable name="all" as="element()*" select="descendant::*[not(*)]"/>
    <xsl:variable name="authors" as="element()*" select="descendant::author"/>
    <xsl:variable name="titles" as="element()*" select="descendant::title"/>
    <xsl:variable name="imprint" as="xs:string*" select="(
      string-join((descendant::pubPlace[1] ! t:plain(.), descendant::publisher[1] ! t:plain(.))[.], ': '),
      descendant::date[1] ! t:plain(.))[.]"/>
    <xsl:if test="$authors">{t:join($authors ! t:plain(.))}, </xsl:if>
    <xsl:for-each select="$titles">
      <xsl:if test="position() gt 1">. </xsl:if>
      <xsl:apply-templates select="." mode="t:text"/>
    </xsl:for-each>
    <xsl:if test="exists($imprint)"> ({string-join($imprint, ', ')})</xsl:if>
    <xsl:for-each select="descendant::biblScope | descendant::citedRange">, {t:plain(.)}</xsl:for-each>
    <xsl:for-each select="descendant::idno">. {(@type ! (string(.) || ' '))}{t:plain(.)}</xsl:for-each>
    <xsl:for-each select="descendant::note | descendant::edition | descendant::editor | descendant::extent
        | descendant::series/title[empty(. intersect $titles)]">. {t:plain(.)}</xsl:for-each>
    <xsl:text>.</xsl:text>
    <!-- Nothing may go missing: any leaf not used above is appended as it is. -->
    <xsl:variable name="used" as="element()*" select="$authors, $titles, descendant::pubPlace[1], descendant::publisher[1],
      descendant::date[1], descendant::biblScope, descendant::citedRange, descendant::idno, descendant::note,
      descendant::edition, descendant::editor, descendant::extent"/>
    <xsl:for-each select="$all[not(ancestor-or-self::* intersect $used)][normalize-space()]">
      <xsl:text> {t:plain(.)}.</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <!-- The language of the document (a PDF's /Lang, hyphenation): the text's, else the TEI's. -->
  <xsl:function name="t:document-lang" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="string(($tei/text/@xml:lang, $tei/@xml:lang, $t:ui)[1])"/>
  </xsl:function>

  <!-- The author named in a PDF's metadata: the authors of titleStmt, else its editors. -->
  <xsl:function name="t:document-author" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="authors" as="xs:string*" select="($tei/teiHeader/fileDesc/titleStmt/author ! t:agent-name(.))[.]"/>
    <xsl:sequence select="string-join(if (exists($authors)) then $authors else t:editor-names($tei), '; ')[.]"/>
  </xsl:function>

</xsl:stylesheet>
