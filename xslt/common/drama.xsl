<?xml version="1.0" encoding="UTF-8"?>
<!--
  Performance texts (TEI module drama): speeches, speakers, stage directions and cast lists.
  A speech (sp) is a block set apart from the next; its speaker stands on a line of its own, or runs
  into the speech's first paragraph or line when the parameter speaker-run-in is true. A stage direction
  between blocks (in a division, a speech, a line group, a cast list) is a block of its own; one inside
  a paragraph or a line stays in it, in italics either way. A cast list is a list: each castItem an
  item, each castGroup an item holding its head and its members as a nested list.
  Lines of verse, their numbers and split lines: verse.xsl.
  Modes: t:text.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="sp" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'speech'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="set" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'block'"/></xsl:call-template>
  </xsl:template>

  <!-- The speaker: a line of its own, or (run in) nothing here: the block it leads shows it. -->
  <xsl:template match="speaker" mode="t:text" as="node()*">
    <xsl:if test="empty(t:speaker-led(.))">
      <xsl:call-template name="t:block"><xsl:with-param name="role" select="'speaker'"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The paragraph or line a speaker runs into (with speaker-run-in): the block right after it in
       its speech, a p, ab or l, or the first line of a line group that starts with one. -->
  <xsl:function name="t:speaker-led" as="element()?">
    <xsl:param name="speaker" as="element(speaker)"/>
    <xsl:variable name="next" as="element()?" select="$speaker[$speaker-run-in][parent::sp]/following-sibling::*[1]"/>
    <xsl:sequence select="if ($next[self::p or self::ab or self::l]) then $next
      else $next/self::lg[*[1][self::l]]/l[1]"/>
  </xsl:function>

  <!-- The speaker that runs into this block, if any. -->
  <xsl:function name="t:leading-speaker" as="element(speaker)?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if (not($speaker-run-in)) then ()
      else ($e/preceding-sibling::*[1]/self::speaker, $e[not(preceding-sibling::*)]/../preceding-sibling::*[1]/self::speaker)
        [t:speaker-led(.) is $e][1]"/>
  </xsl:function>

  <!-- The run-in speaker at the start of the block it leads (nothing for any other block). -->
  <xsl:template name="t:speaker-lead" as="node()*">
    <xsl:for-each select="t:leading-speaker(.)">
      <xsl:call-template name="t:inline"><xsl:with-param name="role" select="'speaker'"/></xsl:call-template>
      <xsl:text> </xsl:text>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="p[t:leading-speaker(.)] | ab[t:leading-speaker(.)]" mode="t:text" priority="1" as="node()*">
    <xsl:call-template name="t:block">
      <xsl:with-param name="role" select="'paragraph'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:call-template name="t:speaker-lead"/>
        <xsl:apply-templates mode="t:text"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Stage directions: a block between blocks, italics inside a paragraph or line. -->
  <xsl:function name="t:is-block-stage" as="xs:boolean">
    <xsl:param name="stage" as="element()"/>
    <xsl:sequence select="exists($stage[parent::sp or parent::lg or parent::castList or parent::castGroup
      or parent::set or parent::*[t:is-division-level(.)] or p or ab or lg or sp or list])"/>
  </xsl:function>

  <xsl:template match="stage" mode="t:text" as="node()*">
    <xsl:choose>
      <xsl:when test="t:is-block-stage(.)">
        <xsl:call-template name="t:block"><xsl:with-param name="role" select="'stage'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t:inline"><xsl:with-param name="role" select="'stage'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Movements and screen directions: like stage directions. -->
  <xsl:template match="move" mode="t:text" as="node()*">
    <xsl:apply-templates mode="t:text"/>
  </xsl:template>

  <xsl:template match="view | camera | sound | tech" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"><xsl:with-param name="role" select="'stage'"/></xsl:call-template>
  </xsl:template>

  <!-- ==== Cast lists ========================================================================== -->

  <!-- A cast list: a block with its heads and its members as a list; anything else between members (a
       stage direction, a paragraph) stays in its place, between two lists. -->
  <xsl:template match="castList" mode="t:text" as="node()*">
    <xsl:call-template name="t:block">
      <xsl:with-param name="role" select="'cast-list'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:call-template name="t:cast-members"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="castItem" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'cast-item'"/></xsl:call-template>
  </xsl:template>

  <!-- A group of the cast: an item with its head (or whatever it says of the group) and its members as
       a list inside it. -->
  <xsl:template match="castGroup" mode="t:text" as="node()*">
    <xsl:call-template name="t:block">
      <xsl:with-param name="role" select="'cast-item'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:call-template name="t:cast-members"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The children of a cast list or group: each run of castItem and castGroup a list (t:item-list,
       which has no element of its own), the others as they are, in document order. -->
  <xsl:template name="t:cast-members" as="node()*">
    <xsl:for-each-group select="* | text()[normalize-space()]" group-adjacent="exists(self::castItem | self::castGroup)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:call-template name="t:item-list">
            <xsl:with-param name="content" as="node()*"><xsl:apply-templates select="current-group()" mode="t:text"/></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates select="current-group()" mode="t:text"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <!-- The head of a cast group names the group; it is no heading of the text. -->
  <xsl:template match="castGroup/head" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"><xsl:with-param name="role" select="'group-head'"/></xsl:call-template>
  </xsl:template>

  <!-- The name of a role (in small capitals, as cast lists print them), its description, its actor. -->
  <xsl:template match="role" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"><xsl:with-param name="role" select="'role-name'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="roleDesc | actor" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"/>
  </xsl:template>
</xsl:stylesheet>
