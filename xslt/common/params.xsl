<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition's parameters: few, typed, and each documented by the comment right before it
  (tests/test_html_params.py checks that every xsl:param of the package has one).
  Pass them with `teikit build -p NAME=VALUE` or build(..., params={...}).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema">

  <!-- edition-title: replaces the title taken from teiHeader/fileDesc/titleStmt/title (page title,
       title block and suggested citation). Empty (the default) keeps the header's title. -->
  <xsl:param name="edition-title" as="xs:string" select="''"/>

  <!-- show-registers: whether the page includes the registers (indexes) of persons, places,
       organisations and events. With false(), mentions are still marked up and styled by kind but
       link nowhere. Default true(). -->
  <xsl:param name="show-registers" as="xs:boolean" select="true()"/>

  <!-- ui-lang: language of the interface labels ("Notes", "About this edition", …), as a BCP 47 code.
       Labels exist for "en", "de", "fr", "it", "es" and "da"; other values fall back to English. The text keeps its own
       xml:lang. Empty (the default): the document's own language (its xml:lang) where teikit has
       labels for it, else English. -->
  <xsl:param name="ui-lang" as="xs:string" select="''"/>

  <!-- edition-url: the address where the edition is published, used in the suggested citation.
       Empty (the default) takes publicationStmt/idno[@type = ('URL', 'URI')] if there is one. -->
  <xsl:param name="edition-url" as="xs:string" select="''"/>

  <!-- generator: the name and version of the program that made the page, shown in its footer and in
       <meta name="generator">. The Python builder passes "teikit X.Y.Z". Default "teikit". -->
  <xsl:param name="generator" as="xs:string" select="'teikit'"/>

  <!-- remote-images: whether the HTML edition may show images from https: addresses
       (graphic/@url="https://…"), loaded by the reader's browser without a referrer. Default false():
       a page built from a stranger's document loads nothing from elsewhere. The PDF edition never
       fetches anything; it shows such an image's caption and address instead. -->
  <xsl:param name="remote-images" as="xs:boolean" select="false()"/>

  <!-- max-image-mb: the largest image file, in megabytes, that the PDF edition embeds; a larger one is
       reported and shown as its caption. It bounds what a document can make a build read (a URL may
       name a huge file). Default 20. -->
  <xsl:param name="max-image-mb" as="xs:integer" select="20"/>

  <!-- choice-notes: which readings of a choice the PDF edition gives an apparatus footnote (lettered
       a, b, …) besides the normalised reading it prints: their TEI names, separated by spaces ("sic" for
       the source's errors, "abbr" for its abbreviations, "orig" for its spellings), or "all". Default
       empty: no notes (the HTML edition always has both readings, with a switch between the views). -->
  <xsl:param name="choice-notes" as="xs:string" select="''"/>

  <!-- speaker-run-in: whether the speaker of a speech (sp/speaker) runs into the first line or paragraph
       of the speech ("HAMLET To be, or not to be"), as many printed plays set it. Default false(): the
       speaker stands on a line of its own above the speech. A speech that starts with a stage direction
       or a list keeps its speaker on a line of its own either way. -->
  <xsl:param name="speaker-run-in" as="xs:boolean" select="false()"/>
</xsl:stylesheet>
