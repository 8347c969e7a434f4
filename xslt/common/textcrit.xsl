<?xml version="1.0" encoding="UTF-8"?>
<!--
  Critical apparatus (TEI module textcrit), by the parallel-segmentation method: an app in the text
  holds the readings of one place. The text shows its lemma (lem; without one, the base witness's
  reading, else the first reading: as toolkit/readingtext.py); the other readings (rdg), with their
  witnesses' sigla, make its apparatus entry, "lemma Wit] reading Wit; reading Wit". An empty reading
  is "om.", a reading against an empty lemma "add."; lacunaStart/End and witStart/End say where a
  witness breaks off and resumes; rdgGrp keeps its readings together; @type and @cause follow their
  reading. Sigla come from the witness a @wit points to (its abbr, @n, else its xml:id).
  This module composes an entry from pieces (behaviour t:app-piece) and calls t:app for an app of
  the text; html/apparatus.xsl makes the lemma a link to the apparatus section (and a popover),
  typst/apparatus.xsl a footnote of its own series, keyed by line number in verse.
  Modes: t:text; t:plain (an app's plain text is its lemma's); t:citation (a listWit of the source).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- ==== What an app is ====================================================================== -->

  <!-- The readings of an app: its lem and rdg, also inside rdgGrp (not those of apps nested in them). -->
  <xsl:function name="t:app-readings" as="element()*">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="$app/descendant::*[self::lem or self::rdg][ancestor::app[1] is $app]
      [empty(ancestor::*[self::lem or self::rdg][ancestor::app[1] is $app])]"/>
  </xsl:function>

  <!-- The ids a @wit (or @source) points to: "#El" and "wits.xml#El" are both "El". -->
  <xsl:function name="t:pointer-ids" as="xs:string*">
    <xsl:param name="pointers" as="attribute()?"/>
    <xsl:sequence select="tokenize($pointers) ! replace(., '^[^#]*#', '')[.]"/>
  </xsl:function>

  <!-- Witnesses the edition declares as its base text (copy-text): @ana, @rend or @type "base",
       "copy-text" (as "#base"). An app without lem shows the reading of such a witness. -->
  <xsl:variable name="t:base-witnesses" as="xs:string*" select="//witness[@xml:id][(@ana, @rend, @type)
    ! tokenize(lower-case(.)) ! replace(., '^#', '') = ('base', 'base-text', 'basetext', 'copy-text', 'copytext')]
    /string(@xml:id)"/>

  <!-- The reading the text shows: the lem, else the base witness's reading, else the first. -->
  <xsl:function name="t:app-lemma" as="element()?">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="readings" as="element()*" select="t:app-readings($app)"/>
    <xsl:sequence select="($readings[self::lem], $readings[t:pointer-ids(@wit) = $t:base-witnesses], $readings)[1]"/>
  </xsl:function>

  <xsl:function name="t:app-variants" as="element()*">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="t:app-readings($app) except t:app-lemma($app)"/>
  </xsl:function>

  <!-- Where a witness breaks off or resumes (empty elements inside a reading). -->
  <xsl:function name="t:witness-marks" as="element()*">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="$reading/descendant::*[self::lacunaStart or self::lacunaEnd or self::witStart or self::witEnd]
      [ancestor::*[self::lem or self::rdg][1] is $reading]"/>
  </xsl:function>

  <!-- What an app (or a rdgGrp of it) says besides its readings: witDetail, wit, note. -->
  <xsl:function name="t:app-remarks" as="element()*">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="$app/(witDetail | wit | note | .//rdgGrp[ancestor::app[1] is $app]/(witDetail | wit | note))"/>
  </xsl:function>

  <!-- An app that has something for an apparatus: other readings, or witnesses breaking off, or
       remarks on witnesses. -->
  <xsl:function name="t:has-apparatus" as="xs:boolean">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="exists(t:app-variants($app)) or exists(t:app-lemma($app) ! t:witness-marks(.))
      or exists(t:app-remarks($app))"/>
  </xsl:function>

  <!-- Is the app inside a reading that the text does not show (a variant of another app, a witness
       detail)? Then it is part of that entry, not an entry of its own. -->
  <xsl:function name="t:in-variant" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/ancestor::*[self::witDetail or self::wit
      or (self::lem | self::rdg)[ancestor::app[1]][not(. is t:app-lemma(ancestor::app[1]))]])"/>
  </xsl:function>

  <!-- An entry of the apparatus: an app of the text (also of a note) with an apparatus, not inside a variant. -->
  <xsl:function name="t:is-app-entry" as="xs:boolean">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="exists($app/ancestor::text) and t:is-alternative($app)
      and t:has-apparatus($app) and not(t:in-variant($app))"/>
  </xsl:function>

  <!-- An app that holds readings only (and what TEI lets it say of them). Words or other elements
       directly in an app are not TEI: such an app is no alternative, and everything in it is shown
       in its own order, so no word is lost. -->
  <xsl:function name="t:is-alternative" as="xs:boolean">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="empty($app/text()[normalize-space()]) and empty($app/*[not(self::lem or self::rdg
      or self::rdgGrp or self::witDetail or self::wit or self::note or self::lacunaStart or self::lacunaEnd
      or self::witStart or self::witEnd)])"/>
  </xsl:function>

  <!-- An entry that print calls by a letter (t:apparatus-mark, numbering.xsl): one in prose, outside
       notes; an entry in verse, or of whole lines or paragraphs, is keyed by its line or paragraph. -->
  <xsl:function name="t:app-lettered" as="xs:boolean">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="t:is-app-entry($app) and empty($app/ancestor::note) and empty(t:app-line($app))
      and not(t:is-block-reading(t:app-lemma($app)))"/>
  </xsl:function>

  <xsl:accumulator name="t:app" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="app[t:is-app-entry(.)]" select="$value + 1"/>
  </xsl:accumulator>

  <!-- The entries of a document, in order. -->
  <xsl:function name="t:app-entries" as="element(app)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="$tei/text//app[t:is-app-entry(.)]"/>
  </xsl:function>

  <!-- The number of an entry, its id in the apparatus and the id of its lemma in the text. -->
  <xsl:function name="t:app-number" as="xs:integer">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="$app ! accumulator-before('t:app')"/>
  </xsl:function>

  <xsl:function name="t:app-id" as="xs:string">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="'app-' || t:app-number($app)"/>
  </xsl:function>

  <xsl:function name="t:app-lemma-id" as="xs:string">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="t:app-id($app) || '-lem'"/>
  </xsl:function>

  <!-- The number of the verse line an app is in, or of the first line of a lemma of whole lines (a
       later part of a split line: the number of the line; t:line-number, verse.xsl). -->
  <xsl:function name="t:app-line" as="xs:string?">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="l" as="element(l)?" select="($app/ancestor::l[1][empty(descendant::note intersect $app/ancestor::note)],
      t:app-lemma($app)/descendant::l[1])[1]"/>
    <xsl:sequence select="$l ! (t:line-number(.), t:earlier-parts(.)[1] ! t:line-number(.))[1] ! string(.)"/>
  </xsl:function>

  <!-- Where an entry is: the line number in verse, else the paragraph ("¶3") or note ("n. 2"). -->
  <xsl:function name="t:app-locator" as="xs:string">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="(t:app-line($app), t:locator($app))[1]"/>
  </xsl:function>

  <xsl:function name="t:app-locator-long" as="xs:string">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="(t:app-line($app) ! t:label('line', .), t:locator($app))[1]"/>
  </xsl:function>

  <!-- Readings holding verse lines, paragraphs or speeches (a whole line as a reading). -->
  <xsl:function name="t:is-block-reading" as="xs:boolean">
    <xsl:param name="reading" as="element()?"/>
    <xsl:sequence select="exists($reading/*[self::l or self::lg or self::p or self::ab or self::sp or self::list
      or self::table or self::head or self::div or self::stage or self::speaker or self::quote[t:is-block-quotation(.)]])"/>
  </xsl:function>

  <!-- The words of a reading as one line (those of its lines or paragraphs apart). -->
  <xsl:function name="t:reading-words" as="xs:string">
    <xsl:param name="reading" as="element()?"/>
    <xsl:sequence select="normalize-space(if (t:is-block-reading($reading))
      then string-join($reading/node() ! (if (. instance of element()) then t:reading-words(.) else string(.)), ' ')
      else t:plain($reading))"/>
  </xsl:function>

  <!-- The lemma as an entry quotes it: its words, the middle of a long one left out ("Were … me"). -->
  <xsl:function name="t:lemma-words" as="xs:string">
    <xsl:param name="lemma" as="element()?"/>
    <xsl:variable name="words" as="xs:string*" select="tokenize(t:reading-words($lemma))"/>
    <xsl:sequence select="if (count($words) le 5) then string-join($words, ' ')
      else string-join(($words[1], '…', $words[last()]), ' ')"/>
  </xsl:function>

  <!-- ==== Witnesses =========================================================================== -->

  <!-- The siglum by which a witness is cited: its abbr (a siglum), its @n, else its xml:id; an id no
       witness has stays as written. -->
  <xsl:function name="t:siglum" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="witness" as="element()?" select="key('t:id', $id, root($context))[1]"/>
    <xsl:sequence select="($witness/(abbr[@type = 'siglum'], idno[@type = 'siglum'], abbr)[1] ! t:plain(.)[.],
      $witness/@n[normalize-space()] ! normalize-space(.), $id)[1]"/>
  </xsl:function>

  <!-- What a witness is (for a tooltip): its words without its siglum. -->
  <xsl:function name="t:witness-description" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="witness" as="element()?" select="key('t:id', $id, root($context))[1][self::witness or self::listWit]"/>
    <xsl:variable name="siglum" as="element()?" select="$witness/(abbr[@type = 'siglum'], idno[@type = 'siglum'], abbr)[1]"/>
    <xsl:variable name="words" as="xs:string*" select="$witness/(node() except ($siglum, listWit))
      ! (if (. instance of element()) then t:plain(.) else string(.))"/>
    <xsl:sequence select="replace(normalize-space(string-join($words, ' ')), '^[:.,;\s]+', '')"/>
  </xsl:function>

  <!-- The sigla of a reading's or mark's witnesses, as pieces. -->
  <xsl:template name="t:app-sigla" as="node()*">
    <xsl:param name="ids" as="xs:string*"/>
    <xsl:param name="context" as="node()" select="."/>
    <xsl:if test="exists($ids)">
      <xsl:call-template name="t:app-piece">
        <xsl:with-param name="kind" select="'sigla'"/>
        <xsl:with-param name="content" as="node()*">
          <xsl:for-each select="$ids">
            <xsl:if test="position() gt 1"><xsl:value-of select="' '"/></xsl:if>
            <xsl:call-template name="t:app-piece">
              <xsl:with-param name="kind" select="'siglum'"/>
              <xsl:with-param name="content" as="node()*"><xsl:value-of select="t:siglum(., $context)"/></xsl:with-param>
              <xsl:with-param name="title" select="t:witness-description(., $context)"/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ==== The entry =========================================================================== -->

  <!-- The words of an entry (context: the app): "lemma Wit] reading Wit (type); …". Without the lemma
       part when the lemma stands just before it (an app inside a note or a variant). -->
  <xsl:template name="t:app-entry-content" as="node()*">
    <xsl:param name="with-lemma" as="xs:boolean" select="true()"/>
    <xsl:variable name="lemma" as="element()?" select="t:app-lemma(.)"/>
    <xsl:variable name="lemma-words" as="xs:string" select="t:lemma-words($lemma)"/>
    <xsl:variable name="variants" as="element()*" select="t:app-variants(.)"/>
    <xsl:if test="$with-lemma">
      <xsl:if test="$lemma-words">
        <xsl:call-template name="t:app-piece">
          <xsl:with-param name="kind" select="'lemma'"/>
          <xsl:with-param name="content" as="node()*"><xsl:value-of select="$lemma-words"/></xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:for-each select="$lemma[@wit][$lemma-words]">
        <xsl:value-of select="' '"/>
        <xsl:call-template name="t:app-sigla"><xsl:with-param name="ids" select="t:pointer-ids(@wit)"/></xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="$lemma[$lemma-words]">
        <xsl:call-template name="t:app-marks"><xsl:with-param name="reading" select="."/></xsl:call-template>
      </xsl:for-each>
      <xsl:if test="$lemma-words">
        <xsl:call-template name="t:app-piece">
          <xsl:with-param name="kind" select="'bracket'"/>
          <xsl:with-param name="content" as="node()*"><xsl:value-of select="']'"/></xsl:with-param>
        </xsl:call-template>
        <xsl:if test="exists($variants | t:app-remarks(.)[not(self::note)])"><xsl:value-of select="' '"/></xsl:if>
      </xsl:if>
    </xsl:if>
    <!-- the readings, a rdgGrp's together (joined by commas, its @type and @cause after it) -->
    <xsl:for-each-group select="$variants" group-adjacent="(parent::rdgGrp, .)[1] ! t:stable-id(.)">
      <xsl:if test="position() gt 1"><xsl:value-of select="'; '"/></xsl:if>
      <xsl:variable name="group" as="element()?" select="current-group()[1]/parent::rdgGrp"/>
      <xsl:variable name="readings" as="node()*">
        <xsl:for-each select="current-group()">
          <xsl:if test="position() gt 1"><xsl:value-of select="if ($group) then ', ' else '; '"/></xsl:if>
          <xsl:call-template name="t:app-reading">
            <xsl:with-param name="lemma-words" select="$lemma-words"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="$group">
          <xsl:for-each select="$group">
            <xsl:call-template name="t:app-piece">
              <xsl:with-param name="kind" select="'group'"/>
              <xsl:with-param name="content" as="node()*">
                <xsl:sequence select="$readings"/>
                <xsl:call-template name="t:app-qualifiers"/>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise><xsl:sequence select="$readings"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
    <!-- what the apparatus says of witnesses, and notes on the place -->
    <xsl:for-each select="t:app-remarks(.)[not(self::note)]">
      <xsl:value-of select="if (exists($variants) or position() gt 1) then '; ' else ''"/>
      <xsl:call-template name="t:app-piece">
        <xsl:with-param name="kind" select="'detail'"/>
        <xsl:with-param name="content" as="node()*">
          <xsl:if test="@wit">
            <xsl:call-template name="t:app-sigla"><xsl:with-param name="ids" select="t:pointer-ids(@wit)"/></xsl:call-template>
            <xsl:value-of select="': '"/>
          </xsl:if>
          <xsl:apply-templates mode="t:text"/>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:apply-templates select="t:app-remarks(.)[self::note]" mode="t:text"/>
  </xsl:template>

  <!-- One reading: its words ("om." when it has none; "add." before them when the lemma has none),
       its sigla, where its witnesses break off or resume, its @type and @cause. -->
  <xsl:template name="t:app-reading" as="node()*">
    <xsl:param name="lemma-words" as="xs:string"/>
    <xsl:variable name="marks" as="element()*" select="t:witness-marks(.)"/>
    <xsl:variable name="words" as="xs:boolean" select="normalize-space(t:plain(.)) ne ''"/>
    <xsl:call-template name="t:app-piece">
      <xsl:with-param name="kind" select="'reading'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:choose>
          <xsl:when test="not($words) and exists($marks)"/>
          <xsl:when test="not($words)">
            <xsl:call-template name="t:app-label"><xsl:with-param name="key" select="'om'"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:if test="not($lemma-words)">
              <xsl:call-template name="t:app-label"><xsl:with-param name="key" select="'add'"/></xsl:call-template>
              <xsl:value-of select="' '"/>
            </xsl:if>
            <xsl:call-template name="t:app-piece">
              <xsl:with-param name="kind" select="'words'"/>
              <xsl:with-param name="content" as="node()*">
                <xsl:choose>
                  <!-- a reading of whole lines or paragraphs: their words, in the line of the entry -->
                  <xsl:when test="t:is-block-reading(.)"><xsl:value-of select="t:reading-words(.)"/></xsl:when>
                  <xsl:otherwise><xsl:apply-templates mode="t:text"/></xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="@wit and ($words or empty($marks))">
          <xsl:value-of select="' '"/>
          <xsl:call-template name="t:app-sigla"><xsl:with-param name="ids" select="t:pointer-ids(@wit)"/></xsl:call-template>
        </xsl:if>
        <xsl:call-template name="t:app-marks">
          <xsl:with-param name="reading" select="."/>
          <xsl:with-param name="first" select="not($words)"/>
        </xsl:call-template>
        <xsl:call-template name="t:app-qualifiers"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- "lacuna begins in La", "text of Cp ends", … for each mark in a reading. -->
  <xsl:template name="t:app-marks" as="node()*">
    <xsl:param name="reading" as="element()"/>
    <xsl:param name="first" as="xs:boolean" select="false()"/>
    <xsl:for-each select="t:witness-marks($reading)">
      <xsl:variable name="ids" as="xs:string*" select="if (@wit) then t:pointer-ids(@wit) else t:pointer-ids($reading/@wit)"/>
      <xsl:value-of select="if ($first and position() eq 1) then '' else ', '"/>
      <xsl:call-template name="t:app-piece">
        <xsl:with-param name="kind" select="'label'"/>
        <xsl:with-param name="content" as="node()*">
          <xsl:value-of select="t:label(map {'lacunaStart': 'lacuna-begins', 'lacunaEnd': 'lacuna-ends',
            'witStart': 'witness-begins', 'witEnd': 'witness-ends'}(local-name()), '')"/>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:value-of select="' '[exists($ids)]"/>
      <xsl:call-template name="t:app-sigla">
        <xsl:with-param name="ids" select="$ids"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- A reading's or group's @type and @cause, briefly: " (orthographic)", " (homeoteleuton)". -->
  <xsl:template name="t:app-qualifiers" as="node()*">
    <xsl:variable name="what" as="xs:string*" select="(@type, @cause) ! normalize-space(translate(., '_-', '  '))[.]"/>
    <xsl:if test="exists($what)">
      <xsl:value-of select="' '"/>
      <xsl:call-template name="t:app-piece">
        <xsl:with-param name="kind" select="'type'"/>
        <xsl:with-param name="content" as="node()*"><xsl:value-of select="'(' || string-join($what, ', ') || ')'"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="t:app-label" as="node()*">
    <xsl:param name="key" as="xs:string"/>
    <xsl:call-template name="t:app-piece">
      <xsl:with-param name="kind" select="'label'"/>
      <xsl:with-param name="content" as="node()*"><xsl:value-of select="t:label($key)"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ==== The app in the text ================================================================= -->

  <!-- An app of the text with an apparatus: the output shows the lemma and makes the entry (t:app). -->
  <xsl:template match="app" mode="t:text" as="node()*">
    <xsl:choose>
      <xsl:when test="t:has-apparatus(.)">
        <xsl:call-template name="t:app">
          <xsl:with-param name="lemma" select="t:app-lemma(.)"/>
          <xsl:with-param name="entry" select="t:is-app-entry(.)"/>
        </xsl:call-template>
      </xsl:when>
      <!-- one reading and nothing to say about it: the reading -->
      <xsl:otherwise>
        <xsl:call-template name="t:inline">
          <xsl:with-param name="content" as="node()*"><xsl:apply-templates select="t:app-lemma(.)" mode="t:text"/></xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An app that is no alternative (t:is-alternative): everything in it, in its own order. -->
  <xsl:template match="app[not(t:is-alternative(.))]" mode="t:text" as="node()*" priority="1">
    <xsl:call-template name="t:inline"/>
  </xsl:template>

  <xsl:template match="lem | rdg | rdgGrp | witDetail | wit" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"/>
  </xsl:template>

  <!-- Where witnesses break off and resume is said in the apparatus (t:app-marks), not in the text. -->
  <xsl:template match="lacunaStart | lacunaEnd | witStart | witEnd" mode="t:text" as="node()*">
    <xsl:apply-templates mode="t:text"/>
  </xsl:template>

  <!-- In plain text (titles, tooltips, the lemma quoted in an entry) an app is its lemma. -->
  <xsl:template match="app[t:is-alternative(.)]" mode="t:plain">
    <xsl:apply-templates select="t:app-lemma(.)" mode="t:plain"/>
  </xsl:template>

  <!-- ==== Witness lists ======================================================================= -->

  <!-- A listWit in the text (back matter): a list, each witness with its siglum. -->
  <xsl:template match="listWit" mode="t:text" as="node()*">
    <xsl:apply-templates select="head" mode="t:text"/>
    <xsl:call-template name="t:block">
      <xsl:with-param name="role" select="'list'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:apply-templates select="node() except head" mode="t:text"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="listWit/head" mode="t:text" as="node()*" priority="1">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'caption'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="witness" mode="t:text" as="node()*">
    <xsl:call-template name="t:block">
      <xsl:with-param name="role" select="'item'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:call-template name="t:witness-siglum"/>
        <xsl:apply-templates mode="t:text"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The siglum of a witness whose words do not give it (from @n or its xml:id), before its words. -->
  <xsl:template name="t:witness-siglum" as="node()*">
    <xsl:if test="@xml:id and empty(abbr | idno[@type = 'siglum'])">
      <xsl:call-template name="t:app-piece">
        <xsl:with-param name="kind" select="'siglum'"/>
        <xsl:with-param name="content" as="node()*"><xsl:value-of select="t:siglum(@xml:id, .)"/></xsl:with-param>
      </xsl:call-template>
      <xsl:value-of select="' '"/>
    </xsl:if>
  </xsl:template>

  <!-- A listWit of the source description (About this edition): "Witnesses: El …; Hg …". -->
  <xsl:template match="listWit" mode="t:citation" as="node()*">
    <xsl:value-of select="t:label('witnesses') || ': '"/>
    <xsl:for-each select=".//witness">
      <xsl:if test="position() gt 1"><xsl:value-of select="'; '"/></xsl:if>
      <xsl:call-template name="t:witness-siglum"/>
      <xsl:apply-templates select="node() except listWit" mode="t:text"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
