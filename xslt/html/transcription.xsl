<?xml version="1.0" encoding="UTF-8"?>
<!--
  Transcription in the web edition (what each construct is: common/transcr.xsl).
  - t:choice: both readings in the page, each in a span.reading (reading-normalised, reading-diplomatic,
    reading-other). CSS shows the view chosen with the reading switch of the toolbar (t:reading-switch:
    two radio buttons, normalised by default, working without the script) and offers the reading the view
    does not show on hover and keyboard focus; the choice's aria-describedby names it (the script keeps
    it right when the view changes). With no CSS at all: "Doctor [abbreviated: Dr]".
  - t:index-point and t:back-index: an empty anchor in the text; the index, after the notes, lists each
    term with links to its places (the paragraph numbers).
  - t:binary-object: a small image as itself, anything else as a placeholder with its type and size.
  - t:code-block: pre/code, tokens in spans (xml-tag, xml-attribute, xml-value, xml-comment, xml-pi).
  - t:formula: MathML copied as MathML, keeping only MathML elements and attributes that cannot load
    or run anything.
  Modes: t:text, t:mathml.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xmlns:m="http://www.w3.org/1998/Math/MathML"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- ==== choice =============================================================================== -->

  <xsl:template name="t:choice" as="node()*">
    <xsl:param name="normalised" as="element()?"/>
    <xsl:param name="diplomatic" as="element()?"/>
    <xsl:param name="others" as="element()*"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="noted" as="xs:boolean"/>
    <xsl:variable name="id" as="xs:string" select="'alt-' || t:stable-id(.)"/>
    <xsl:variable name="described" as="xs:string*" select="$diplomatic ! ($id || '-d'), $others[1] ! ($id || '-o')"/>
    <span data-choice="{$kind}">
      <xsl:call-template name="t:attributes"/>
      <xsl:if test="exists($described)">
        <xsl:attribute name="tabindex" select="0"/>
        <xsl:attribute name="aria-describedby" select="string-join($described, ' ')"/>
      </xsl:if>
      <xsl:for-each select="$normalised">
        <span class="reading reading-normalised" id="{$id}-n">
          <!-- the label shows only where the diplomatic view offers this reading on demand -->
          <span class="reading-label ed-added" hidden="hidden"> [{t:reading-label(.)}: </span>
          <xsl:apply-templates select="." mode="t:text"/>
          <span class="reading-label ed-added" hidden="hidden">]</span>
        </span>
      </xsl:for-each>
      <xsl:for-each select="$diplomatic">
        <span class="reading reading-diplomatic" id="{$id}-d">
          <span class="reading-label ed-added"> [{t:reading-label(.)}: </span>
          <xsl:apply-templates select="." mode="t:text"/>
          <span class="reading-label ed-added">]</span>
        </span>
      </xsl:for-each>
      <xsl:if test="exists($others)">
        <span class="reading reading-other" id="{$id}-o">
          <span class="reading-label ed-added"> [{t:reading-label($others[1])}: </span>
          <xsl:for-each select="$others">
            <xsl:if test="position() gt 1"><span class="reading-label ed-added"> / </span></xsl:if>
            <xsl:apply-templates select="." mode="t:text"/>
          </xsl:for-each>
          <span class="reading-label ed-added">]</span>
        </span>
      </xsl:if>
    </span>
  </xsl:template>

  <!-- The switch between the views, in the toolbar (html/page.xsl), when the text has something that
       reads differently in them. Radio buttons: CSS (:has) switches the view, without the script. -->
  <xsl:template name="t:reading-switch" as="element()?">
    <xsl:if test="text//(choice[exists(t:diplomatic-reading(.))][empty(text()[normalize-space()])] | am | ex)">
      <div class="reading-switch" role="radiogroup" aria-labelledby="toolbar-reading">
        <span class="toolbar-label" id="toolbar-reading">{t:label('reading')}</span>
        <xsl:for-each select="'normalised', 'diplomatic'">
          <label class="reading-option">
            <input type="radio" name="toolbar-reading" id="toolbar-reading-{.}" value="{.}">
              <xsl:if test=". eq 'normalised'"><xsl:attribute name="checked" select="'checked'"/></xsl:if>
            </input>
            <span class="toggle-name">{t:label(.)}</span>
          </label>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- ==== index/term =========================================================================== -->

  <xsl:template name="t:index-point" as="node()*">
    <xsl:param name="keys" as="xs:string*"/>
    <span id="index-{t:stable-id(.)}" class="tei-index ed-added" data-index="{$keys}"/>
  </xsl:template>

  <!-- The index after the notes: each term with a link to each place ("¶3"; a place outside the
       numbered paragraphs: "↑"), sub-entries indented under their entry; one list per named index. -->
  <xsl:template name="t:back-index" as="element()?">
    <xsl:variable name="entries" as="element(t:entry)*" select="t:index-entries(.)"/>
    <xsl:if test="exists($entries)">
      <section id="index" class="back-index" aria-labelledby="index-h" role="doc-index">
        <h2 id="index-h">{t:label('index')}</h2>
        <xsl:for-each-group select="$entries" group-adjacent="string(@name)">
          <xsl:if test="current-grouping-key() and count(distinct-values($entries/@name)) gt 1">
            <h3>{current-grouping-key()}</h3>
          </xsl:if>
          <ul class="index-entries">
            <xsl:for-each select="current-group()">
              <li class="index-entry level-{@level}" data-index="{@key}">
                <span class="index-term">{@term}</span>
                <xsl:for-each select="t:at">
                  <xsl:text>{if (position() eq 1) then ' ' else ', '}</xsl:text>
                  <a href="#index-{@id}">{if (@paragraph != '') then t:label('paragraph-short', @paragraph) else '↑'}</a>
                </xsl:for-each>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:for-each-group>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- ==== binaryObject ========================================================================= -->

  <xsl:template name="t:binary-object" as="node()*">
    <xsl:param name="image" as="xs:string"/>
    <xsl:param name="description" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$image">
        <img src="{$image}" alt="{$description}">
          <xsl:call-template name="t:attributes"/>
        </img>
      </xsl:when>
      <xsl:otherwise>
        <span role="note">
          <xsl:call-template name="t:attributes"><xsl:with-param name="classes" select="('ed-added', 'editorial-mark')"/></xsl:call-template>
          <xsl:text>[{$description}]</xsl:text>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==== egXML, eg ============================================================================ -->

  <xsl:template name="t:code-block" as="node()*">
    <xsl:param name="language" as="xs:string"/>
    <xsl:param name="tokens" as="element(t:token)*"/>
    <div>
      <xsl:call-template name="t:attributes"><xsl:with-param name="classes" select="'code-block'"/></xsl:call-template>
      <xsl:if test="$language"><xsl:attribute name="data-language" select="$language"/></xsl:if>
      <pre><code>
        <xsl:if test="$language eq 'xml'"><xsl:attribute name="aria-label" select="t:label('xml-example')"/></xsl:if>
        <xsl:for-each select="$tokens">
          <xsl:choose>
            <xsl:when test="@kind eq 'text'">{.}</xsl:when>
            <xsl:otherwise><span class="xml-{@kind}">{.}</span></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </code></pre>
    </div>
  </xsl:template>

  <!-- ==== MathML =============================================================================== -->

  <!-- The MathML the page may carry: presentation elements and attributes that only lay out
       (no href, src, style, event handlers; no annotation-xml, which can hold HTML). -->
  <xsl:variable name="t:mathml-elements" as="xs:string+" select="('math', 'mi', 'mn', 'mo', 'ms', 'mtext',
    'mspace', 'mrow', 'mfrac', 'msqrt', 'mroot', 'mstyle', 'merror', 'mpadded', 'mphantom', 'menclose',
    'msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover', 'mmultiscripts', 'mprescripts', 'none',
    'mtable', 'mtr', 'mtd', 'mlabeledtr', 'semantics', 'annotation', 'mfenced')"/>
  <xsl:variable name="t:mathml-attributes" as="xs:string+" select="('display', 'mathvariant', 'displaystyle',
    'scriptlevel', 'mathsize', 'dir', 'fence', 'separator', 'stretchy', 'symmetric', 'largeop',
    'movablelimits', 'accent', 'accentunder', 'lspace', 'rspace', 'minsize', 'maxsize', 'form',
    'linethickness', 'numalign', 'denomalign', 'bevelled', 'notation', 'width', 'height', 'depth', 'voffset',
    'columnalign', 'rowalign', 'columnspacing', 'rowspacing', 'columnlines', 'rowlines', 'frame',
    'framespacing', 'equalrows', 'equalcolumns', 'columnspan', 'rowspan', 'open', 'close', 'separators',
    'alttext', 'encoding')"/>

  <xsl:template name="t:formula" as="node()*">
    <xsl:choose>
      <xsl:when test="self::m:math"><xsl:apply-templates select="." mode="t:mathml"/></xsl:when>
      <xsl:otherwise>
        <math xmlns="http://www.w3.org/1998/Math/MathML"><xsl:apply-templates select="." mode="t:mathml"/></math>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:mode name="t:mathml" on-no-match="shallow-skip"/>

  <xsl:template match="m:*[local-name() = $t:mathml-elements]" mode="t:mathml" as="element()">
    <xsl:element name="{local-name()}" namespace="http://www.w3.org/1998/Math/MathML">
      <xsl:copy-of select="@*[not(namespace-uri())][local-name() = $t:mathml-attributes]"/>
      <xsl:if test="self::m:math and parent::formula and not(@display)
          and tokenize(lower-case(../@rend)) = ('display', 'block')">
        <xsl:attribute name="display" select="'block'"/>
      </xsl:if>
      <xsl:apply-templates mode="t:mathml"/>
    </xsl:element>
  </xsl:template>

  <!-- Content MathML and other MathML the list does not name: its tokens as tokens, the rest as rows. -->
  <xsl:template match="m:*" mode="t:mathml" priority="-1" as="element()">
    <xsl:element name="{if (self::m:ci) then 'mi' else if (self::m:cn) then 'mn' else if (self::m:csymbol) then 'mo'
        else 'mrow'}" namespace="http://www.w3.org/1998/Math/MathML">
      <xsl:apply-templates mode="t:mathml"/>
    </xsl:element>
  </xsl:template>

  <!-- Another encoding of the formula (annotation-xml may hold HTML): not shown. -->
  <xsl:template match="m:annotation-xml" mode="t:mathml"/>

  <!-- An element of another namespace in a formula: its words, as MathML text. -->
  <xsl:template match="*" mode="t:mathml" priority="-2" as="element()">
    <mtext xmlns="http://www.w3.org/1998/Math/MathML">{normalize-space(.)}</mtext>
  </xsl:template>

  <xsl:template match="text()" mode="t:mathml" as="text()">
    <xsl:value-of select="."/>
  </xsl:template>
</xsl:stylesheet>
