import { EditingLanguageAndStatus as EditingLanguageAndStatus_34d73397a97ce7daaa4dbc4cb01e258b } from '../../../../src/admin/LanguageStatusLine'
import { SourceText as SourceText_e83616175a48ef533c93f4c384c4f140 } from '../../../../src/admin/SourceText'
import { TitleOrOriginalCell as TitleOrOriginalCell_d369f417b406541de60b72a4d493817b } from '../../../../src/admin/TitleOrOriginalCell'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PullQuoteLabel as PullQuoteLabel_253c1fc3a32b2e63721e56261890014e } from '../../../../src/admin/PullQuoteLabel'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TranslationStateSelect as TranslationStateSelect_77b179360c1a69428d3c833feb555eae } from '../../../../src/admin/TranslationOnlyField'
import { TranslationOutdatedCheckbox as TranslationOutdatedCheckbox_77b179360c1a69428d3c833feb555eae } from '../../../../src/admin/TranslationOnlyField'
import { TranslationStateCell as TranslationStateCell_e3c755c7e21f5bbd89645691dbf948b2 } from '../../../../src/admin/TranslationStateCell'
import { TranslationStateField as TranslationStateField_e3c755c7e21f5bbd89645691dbf948b2 } from '../../../../src/admin/TranslationStateCell'
import { LocaleSwitchGuard as LocaleSwitchGuard_f04849181812a3c0b590a91cb27234ed } from '../../../../src/admin/LocaleSwitchGuard'
import { PreviewInLanguage as PreviewInLanguage_3333afff6845553682b09cc60118c0bd } from '../../../../src/admin/PreviewInLanguage'
import { PublishOrSubmitForReview as PublishOrSubmitForReview_d133a3557bbe635bad347579efe12748 } from '../../../../src/admin/PublishOrSubmitForReview'
import { LanguageStatus as LanguageStatus_7005e3460c8f716fa3d860f798cd3b83 } from '../../../../src/admin/LanguageStateBadges'
import { VersionHistory as VersionHistory_29028b1c14a0a7dc6721934e30890f6d } from '../../../../src/admin/VersionHistory'
import { OriginalTitleAsPageTitle as OriginalTitleAsPageTitle_34d73397a97ce7daaa4dbc4cb01e258b } from '../../../../src/admin/LanguageStatusLine'
import { QuoteStories as QuoteStories_975883e7b4b38413cebf44d3f4d819f3 } from '../../../../src/admin/QuoteStories'
import { SaveOrSubmitForReview as SaveOrSubmitForReview_d133a3557bbe635bad347579efe12748 } from '../../../../src/admin/PublishOrSubmitForReview'
import { CommentArticleCell as CommentArticleCell_138a799574c1806ef0c804a3461c86b8 } from '../../../../src/admin/CommentArticleCell'
import { CommentArticleField as CommentArticleField_138a799574c1806ef0c804a3461c86b8 } from '../../../../src/admin/CommentArticleCell'
import { ReplyToHiddenComment as ReplyToHiddenComment_56151850733a523298d1b206e494b29d } from '../../../../src/admin/ReplyToHiddenComment'
import { FilterVerdicts as FilterVerdicts_0dfc0ac476d05d2f8a3e2af1488fd08e } from '../../../../src/admin/FilterVerdicts'
import { LastModerationReason as LastModerationReason_0f372aca6f0deed27ebc3f0fdbe7a6b4 } from '../../../../src/admin/LastModerationReason'
import { JsonText as JsonText_c4c4fc578205681973bbe1a719c5523e } from '../../../../src/admin/JsonText'
import { ModerationTabs as ModerationTabs_9972368fb1375183bee23c7044fd6fba } from '../../../../src/admin/ModerationTabs'
import { ModerationActions as ModerationActions_5a7bedd67bc1611f9e37824628b3090e } from '../../../../src/admin/ModerationActions'
import { NewsroomIcon as NewsroomIcon_44f4c137f817b94933ed72c004302b22 } from '../../../../src/admin/NewsroomLogo'
import { NewsroomLogo as NewsroomLogo_44f4c137f817b94933ed72c004302b22 } from '../../../../src/admin/NewsroomLogo'
import { PendingComments as PendingComments_a7ee31e1104f037c9ace805a504a55de } from '../../../../src/admin/PendingComments'
import { TranslatorWorklist as TranslatorWorklist_e945028b7d10ca79a9f6851d90a5eea2 } from '../../../../src/admin/TranslatorWorklist'
import { ReviewQueue as ReviewQueue_307e5dd7acd04352570b19c0fa8de49d } from '../../../../src/admin/ReviewQueue'
import { AccountLanguage as AccountLanguage_d77523556cc16d58e10e6cbd04f23d85 } from '../../../../src/admin/AccountLanguage'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/LanguageStatusLine#EditingLanguageAndStatus": EditingLanguageAndStatus_34d73397a97ce7daaa4dbc4cb01e258b,
  "/src/admin/SourceText#SourceText": SourceText_e83616175a48ef533c93f4c384c4f140,
  "/src/admin/TitleOrOriginalCell#TitleOrOriginalCell": TitleOrOriginalCell_d369f417b406541de60b72a4d493817b,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/PullQuoteLabel#PullQuoteLabel": PullQuoteLabel_253c1fc3a32b2e63721e56261890014e,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/TranslationOnlyField#TranslationStateSelect": TranslationStateSelect_77b179360c1a69428d3c833feb555eae,
  "/src/admin/TranslationOnlyField#TranslationOutdatedCheckbox": TranslationOutdatedCheckbox_77b179360c1a69428d3c833feb555eae,
  "/src/admin/TranslationStateCell#TranslationStateCell": TranslationStateCell_e3c755c7e21f5bbd89645691dbf948b2,
  "/src/admin/TranslationStateCell#TranslationStateField": TranslationStateField_e3c755c7e21f5bbd89645691dbf948b2,
  "/src/admin/LocaleSwitchGuard#LocaleSwitchGuard": LocaleSwitchGuard_f04849181812a3c0b590a91cb27234ed,
  "/src/admin/PreviewInLanguage#PreviewInLanguage": PreviewInLanguage_3333afff6845553682b09cc60118c0bd,
  "/src/admin/PublishOrSubmitForReview#PublishOrSubmitForReview": PublishOrSubmitForReview_d133a3557bbe635bad347579efe12748,
  "/src/admin/LanguageStateBadges#LanguageStatus": LanguageStatus_7005e3460c8f716fa3d860f798cd3b83,
  "/src/admin/VersionHistory#VersionHistory": VersionHistory_29028b1c14a0a7dc6721934e30890f6d,
  "/src/admin/LanguageStatusLine#OriginalTitleAsPageTitle": OriginalTitleAsPageTitle_34d73397a97ce7daaa4dbc4cb01e258b,
  "/src/admin/QuoteStories#QuoteStories": QuoteStories_975883e7b4b38413cebf44d3f4d819f3,
  "/src/admin/PublishOrSubmitForReview#SaveOrSubmitForReview": SaveOrSubmitForReview_d133a3557bbe635bad347579efe12748,
  "/src/admin/CommentArticleCell#CommentArticleCell": CommentArticleCell_138a799574c1806ef0c804a3461c86b8,
  "/src/admin/CommentArticleCell#CommentArticleField": CommentArticleField_138a799574c1806ef0c804a3461c86b8,
  "/src/admin/ReplyToHiddenComment#ReplyToHiddenComment": ReplyToHiddenComment_56151850733a523298d1b206e494b29d,
  "/src/admin/FilterVerdicts#FilterVerdicts": FilterVerdicts_0dfc0ac476d05d2f8a3e2af1488fd08e,
  "/src/admin/LastModerationReason#LastModerationReason": LastModerationReason_0f372aca6f0deed27ebc3f0fdbe7a6b4,
  "/src/admin/JsonText#JsonText": JsonText_c4c4fc578205681973bbe1a719c5523e,
  "/src/admin/ModerationTabs#ModerationTabs": ModerationTabs_9972368fb1375183bee23c7044fd6fba,
  "/src/admin/ModerationActions#ModerationActions": ModerationActions_5a7bedd67bc1611f9e37824628b3090e,
  "/src/admin/NewsroomLogo#NewsroomIcon": NewsroomIcon_44f4c137f817b94933ed72c004302b22,
  "/src/admin/NewsroomLogo#NewsroomLogo": NewsroomLogo_44f4c137f817b94933ed72c004302b22,
  "/src/admin/PendingComments#PendingComments": PendingComments_a7ee31e1104f037c9ace805a504a55de,
  "/src/admin/TranslatorWorklist#TranslatorWorklist": TranslatorWorklist_e945028b7d10ca79a9f6851d90a5eea2,
  "/src/admin/ReviewQueue#ReviewQueue": ReviewQueue_307e5dd7acd04352570b19c0fa8de49d,
  "/src/admin/AccountLanguage#AccountLanguage": AccountLanguage_d77523556cc16d58e10e6cbd04f23d85,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
