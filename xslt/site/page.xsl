<?xml version="1.0" encoding="UTF-8"?>
<!--
  The site's part of a document page: the hooks of html/page.xsl filled in. The banner is a
  navigation landmark of its own (the edition, the document's neighbours, its other forms); every
  address comes from the parameters (site/params.xsl) and passes the URL policy's link check.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="t:head-links" as="element()*">
    <xsl:for-each select="t:link-url($site-source)">
      <link rel="alternate" type="application/tei+xml" href="{.}"/>
    </xsl:for-each>
    <xsl:for-each select="t:link-url($site-pdf)">
      <link rel="alternate" type="application/pdf" href="{.}"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="t:page-banner" as="element()*">
    <nav class="site-banner" aria-label="{t:label('edition-navigation')}">
      <a class="site-home" href="{t:link-url($site-home)}">{($site-title[normalize-space()], t:label('home'))[1]}</a>
      <ul class="site-document-links" aria-label="{t:label('document-navigation')}">
        <xsl:if test="t:link-url($site-previous)">
          <li><a rel="prev" href="{t:link-url($site-previous)}">← {t:label('previous')}<span class="visually-hidden">: {$site-previous-title}</span></a></li>
        </xsl:if>
        <xsl:if test="t:link-url($site-next)">
          <li><a rel="next" href="{t:link-url($site-next)}">{t:label('next')} →<span class="visually-hidden">: {$site-next-title}</span></a></li>
        </xsl:if>
        <xsl:if test="t:link-url($site-source)">
          <li><a href="{t:link-url($site-source)}" type="application/tei+xml">{t:label('tei-source')}</a></li>
        </xsl:if>
        <xsl:if test="t:link-url($site-pdf)">
          <li><a href="{t:link-url($site-pdf)}" type="application/pdf">{t:label('pdf-version')}</a></li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:template>
</xsl:stylesheet>
