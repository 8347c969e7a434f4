<?xml version="1.0" encoding="UTF-8"?>
<!--
  The parameters of a document page of the site, set per page by toolkit/outputs/site.py (each
  documented by the comment right before it). Addresses are relative to the page.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema">

  <!-- site-title: the edition's title, shown in every page's banner. Empty: the banner says "Home". -->
  <xsl:param name="site-title" as="xs:string" select="''"/>

  <!-- site-home: the address of the site's home page from this page (e.g. "../index.html"). -->
  <xsl:param name="site-home" as="xs:string" select="'index.html'"/>

  <!-- site-previous: the address of the previous document in the edition's order; empty for the first. -->
  <xsl:param name="site-previous" as="xs:string" select="''"/>

  <!-- site-previous-title: the previous document's title (the link's text). -->
  <xsl:param name="site-previous-title" as="xs:string" select="''"/>

  <!-- site-next: the address of the next document in the edition's order; empty for the last. -->
  <xsl:param name="site-next" as="xs:string" select="''"/>

  <!-- site-next-title: the next document's title (the link's text). -->
  <xsl:param name="site-next-title" as="xs:string" select="''"/>

  <!-- site-source: the address of this document's TEI source in the site; empty: no link. -->
  <xsl:param name="site-source" as="xs:string" select="''"/>

  <!-- site-pdf: the address of this document's PDF edition in the site; empty: no link. -->
  <xsl:param name="site-pdf" as="xs:string" select="''"/>

  <!-- site-registers: the address of the site's registers folder from this page, ending in "/"
       (e.g. "../registers/"): each register entry on the page links to its own page there, and the
       banner to the register of each of site-register-kinds. Empty: the site has no registers. -->
  <xsl:param name="site-registers" as="xs:string" select="''"/>

  <!-- site-register-kinds: the kinds of register the site has, space-separated, in the banner's
       order ("person place org event"). -->
  <xsl:param name="site-register-kinds" as="xs:string" select="''"/>

  <!-- site-search: the address of the site's search page from this page; empty: no search link. -->
  <xsl:param name="site-search" as="xs:string" select="''"/>

  <!-- site-filters: what the search can filter this page by, one "name=value" per line (year=1801,
       type=letter, person=…, place=…), as the site's plan read them from the header. -->
  <xsl:param name="site-filters" as="xs:string" select="''"/>
</xsl:stylesheet>
