<?xml version="1.0" encoding="UTF-8"?>
<!--
  The title block and "About this edition" of the web edition, laid out from the facts that
  common/header.xsl extracts from the teiHeader. Prose in the header (editorial principles, licence
  text, change descriptions) renders in mode t:text like the text itself.
  Modes: t:text; t:citation (common/header.xsl) for the source.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="t:title-block" as="element()">
    <xsl:variable name="stmt" as="element()?" select="teiHeader/fileDesc/titleStmt"/>
    <header class="title-block">
      <xsl:for-each select="teiHeader/@xml:lang"><xsl:attribute name="lang" select="."/></xsl:for-each>
      <h1>{t:edition-title(.)}</h1>
      <xsl:for-each select="t:edition-subtitle(.)"><p class="subtitle">{.}</p></xsl:for-each>
      <xsl:if test="$stmt/author">
        <p class="byline"><xsl:sequence select="t:caps(string-join(($stmt/author ! t:agent-name(.))[.], ', '))"/></p>
      </xsl:if>
      <xsl:variable name="editors" as="xs:string*" select="t:editor-names(.)"/>
      <xsl:if test="exists($editors)">
        <p class="editors">{t:label('edited-by', t:join($editors))}</p>
      </xsl:if>
      <xsl:for-each select="teiHeader/profileDesc/correspDesc">
        <xsl:for-each select="correspAction[exists(* ! t:corresp-part(.))]">
          <p class="correspondence">{t:label('corresp-' || (@type, 'sent')[1])}: <xsl:for-each select="*[exists(t:corresp-part(.))]">
              <xsl:if test="position() gt 1">, </xsl:if>
              <xsl:variable name="page" as="xs:string?" select="t:target(.) ! t:entity-page(.)"/>
              <xsl:choose>
                <xsl:when test="exists($page)"><a class="kind-{t:kind(.)}" href="{$page}">{t:corresp-part(.)}</a></xsl:when>
                <xsl:otherwise>{t:corresp-part(.)}</xsl:otherwise>
              </xsl:choose>
            </xsl:for-each></p>
        </xsl:for-each>
        <xsl:for-each select="(* except correspAction) ! t:plain(.)[.]"><p class="correspondence">{.}</p></xsl:for-each>
      </xsl:for-each>
      <xsl:for-each select="teiHeader/fileDesc/sourceDesc/(bibl, biblStruct, biblFull)[1]">
        <p class="source-line">{t:label('based-on', '')}<xsl:apply-templates select="." mode="t:citation">
          <xsl:with-param name="t:copy" tunnel="yes" select="true()"/>
        </xsl:apply-templates></p>
      </xsl:for-each>
    </header>
  </xsl:template>


  <xsl:template name="t:about" as="element()">
    <xsl:variable name="header" as="element()?" select="teiHeader"/>
    <xsl:variable name="file" as="element()?" select="$header/fileDesc"/>
    <section id="about" class="about" aria-labelledby="about-h">
      <xsl:call-template name="t:part-attributes"><xsl:with-param name="part" select="'about'"/></xsl:call-template>
      <xsl:for-each select="$header/@xml:lang"><xsl:attribute name="lang" select="."/></xsl:for-each>
      <h2 id="about-h">{t:label('about')}</h2>
      <xsl:if test="$file/sourceDesc">
        <h3>{t:label('source')}</h3>
        <xsl:for-each select="$file/sourceDesc/*">
          <p class="citation source-citation"><xsl:apply-templates select="." mode="t:citation"/></p>
          <xsl:if test="self::bibl[text()[normalize-space()]] | self::p | self::msDesc">
            <xsl:for-each select="note"><p class="source-citation-note"><xsl:apply-templates mode="t:text"/></p></xsl:for-each>
          </xsl:if>
        </xsl:for-each>
      </xsl:if>
      <xsl:variable name="agents" as="element()*" select="t:responsibilities($file)"/>
      <xsl:if test="$agents">
        <h3>{t:label('responsibility')}</h3>
        <dl class="responsibilities">
          <xsl:for-each select="$agents">
            <dt>{if (self::respStmt) then t:plain(resp[1]) else t:label(local-name())}</dt>
            <dd>
              <xsl:for-each select="t:agents-of(.)">
                <xsl:if test="position() gt 1">, </xsl:if>
                <xsl:value-of select="t:agent-name(.)"/>
                <xsl:for-each select="t:agent-ids(.)">
                  <xsl:text> </xsl:text><a class="agent-id" href="{t:authority-url(.)}" rel="external">{t:authority-label(.)}</a>
                </xsl:for-each>
              </xsl:for-each>
            </dd>
          </xsl:for-each>
        </dl>
      </xsl:if>
      <xsl:variable name="pub" as="element()?" select="$file/publicationStmt"/>
      <xsl:if test="$pub or $file/editionStmt">
        <h3>{t:label('publication')}</h3>
        <p class="publication">
          <xsl:value-of select="string-join(($file/editionStmt/edition ! t:plain(.),
            $pub/(publisher, distributor, authority) ! t:plain(.), $pub/pubPlace ! t:plain(.),
            $pub/date ! (t:plain(.), t:date-value(.))[.][1]), ', ')"/>
          <xsl:for-each select="$pub/idno[matches(., '^https?://')]">
            <xsl:text>. </xsl:text><a href="{normalize-space(.)}">{normalize-space(.)}</a>
          </xsl:for-each>
          <xsl:for-each select="$pub/p"><xsl:text> </xsl:text><xsl:apply-templates mode="t:text"/></xsl:for-each>
        </p>
      </xsl:if>
      <xsl:for-each select="$pub/availability[1]">
        <h3>{t:label('licence')}</h3>
        <div class="licence">
          <xsl:for-each select="licence">
            <p>
              <xsl:choose>
                <xsl:when test="t:link-url(@target) and normalize-space()">
                  <a href="{t:link-url(@target)}" rel="license"><xsl:apply-templates select="node()[not(self::p)]" mode="t:text"/></a>
                  <xsl:apply-templates select="p" mode="t:text"/>
                </xsl:when>
                <xsl:when test="t:link-url(@target)">
                  <a href="{t:link-url(@target)}" rel="license">{t:link-url(@target)}</a>
                </xsl:when>
                <xsl:when test="@target">
                  <xsl:apply-templates mode="t:text"/>
                  <xsl:text> {t:clean-url(@target)}</xsl:text>
                </xsl:when>
                <xsl:otherwise><xsl:apply-templates mode="t:text"/></xsl:otherwise>
              </xsl:choose>
            </p>
          </xsl:for-each>
          <xsl:apply-templates select="p" mode="t:text"/>
        </div>
      </xsl:for-each>
      <xsl:variable name="principles" as="element()*" select="$header/encodingDesc/(projectDesc, samplingDecl, editorialDecl)"/>
      <xsl:if test="$principles">
        <h3>{t:label('principles')}</h3>
        <div class="principles">
          <xsl:for-each select="$principles//p">
            <xsl:call-template name="t:block"><xsl:with-param name="role" select="'paragraph'"/></xsl:call-template>
          </xsl:for-each>
        </div>
      </xsl:if>
      <xsl:if test="$header/profileDesc/langUsage/language">
        <h3>{t:label('languages')}</h3>
        <p class="languages">{string-join($header/profileDesc/langUsage/language ! (t:plain(.)[.], @ident)[1] ! string(.), ', ')}</p>
      </xsl:if>
      <xsl:if test="$header/revisionDesc//change">
        <h3>{t:label('revisions')}</h3>
        <ol class="revisions">
          <xsl:for-each select="$header/revisionDesc//change">
            <li>
              <xsl:if test="@when"><time datetime="{@when}">{t:format-iso(@when)}</time><xsl:text> — </xsl:text></xsl:if>
              <xsl:apply-templates mode="t:text"/>
              <xsl:variable name="who" as="xs:string*" select="t:who(@who)"/>
              <xsl:if test="exists($who)">
                <span class="revision-who"> ({t:label('revision-by', string-join($who, ', '))})</span>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ol>
      </xsl:if>
      <xsl:variable name="surfaces" as="element()*" select="facsimile//surface"/>
      <xsl:if test="$surfaces">
        <h3>{t:label('facsimile-images')}</h3>
        <ol class="facsimile">
          <xsl:for-each select="$surfaces">
            <xsl:variable name="url" as="xs:string?" select="(graphic/@url)[1] ! (t:resource-url(.), t:link-url(.)[matches(., '^https://', 'i')])[1]"/>
            <xsl:variable name="href" as="xs:string?" select="$url ! t:image-at(., .)"/>
            <li>{t:surface-words(.)}<xsl:for-each select="$href">
                <xsl:text> </xsl:text><a class="surface-link" href="{.}">{t:label('figure')}</a></xsl:for-each></li>
          </xsl:for-each>
        </ol>
      </xsl:if>
      <h3>{t:label('citation')}</h3>
      <p class="citation suggested-citation">{t:suggested-citation(.)}</p>
    </section>
  </xsl:template>

</xsl:stylesheet>
