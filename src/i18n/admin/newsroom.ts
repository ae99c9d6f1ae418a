import type { AdminLanguage } from '@/i18n/adminLanguages'
import { languageLabel } from '@/i18n/languageNames'
import { localeCodes } from '@/i18n/locales'

/**
 * The newsroom's own admin strings (refusals, notices, labels our components draw), one table per
 * admin language, merged into Payload's translations under the `newsroom` namespace
 * (`i18n.translations` in payload.config.ts). On the server read them with
 * `newsroomMessage(req, key, vars)`; in a client component with `useTranslation().t('newsroom:key')`.
 * Placeholders are written `{{name}}`, as in Payload's own strings.
 */
const en = {
  pendingCommentsTitle: 'Comments pending moderation',
  pendingCommentsOpen: 'Open the queue',
  moderationApprove: 'Approve',
  moderationSpam: 'Mark as spam',
  moderationTrash: 'Move to trash',
  moderationReason: 'Reason (optional)',
  moderationSelect: 'Select comments to moderate them together.',
  moderationByStatus: 'Comments by status',
  moderationByLanguage: 'Comments by language',
  moderationAllStatuses: 'All',
  moderationAllLanguages: 'All languages',
  worklistTitle: 'Your translations',
  worklistToTranslate: 'To translate',
  worklistInProgress: 'In progress',
  worklistOutdated: 'Outdated: the original changed',
  worklistNothing: 'Nothing here.',
  worklistOriginal: 'original, {{language}}',
  worklistOpen: 'Translate into {{language}}',
  worklistReady: 'Ready for review: waiting for an editor',
  worklistPublished: 'Published',
  imageTooLarge: 'The file is larger than {{max}} MB. Please upload a smaller image.',
  imageUnreadable: 'This file is not a readable image. Please upload a JPEG, PNG, WebP or AVIF image.',
  imageFormatNotAllowed: '{{format}} files cannot be uploaded. Please upload a JPEG, PNG, WebP or AVIF image.',
  imageTypeMismatch:
    'The file’s name or type says {{declared}}, but its content is {{actual}}. Please upload the original image file.',
  imageTooManyPixels:
    'The image is {{width}} × {{height}} pixels; at most {{max}} megapixels are accepted. Please resize it first.',
  queryPageInvalid: 'The page number and the number of results per page must be whole numbers (0 – {{max}}).',
  translatorMayNotPublish: 'Translators cannot publish: save the translation and mark it ready for review.',
  submitForReview: 'Submit for review',
  submittedForReview: 'Submitted for review: an editor will publish it.',
  reviewTitle: 'Translations to review',
  reviewSubmittedBy: 'submitted by {{name}}',
  reviewChangedBy: 'original changed by {{name}}',
  reviewOpen: 'Review and publish in {{language}}',
  versionsBy: 'Saved by',
  versionsWhat: 'What happened',
  versionPublishedIn: 'Published in {{language}}',
  versionPublishedAll: 'Published, every language',
  versionSubmittedIn: 'Submitted for review in {{language}}',
  versionDraftIn: 'Draft saved in {{language}}',
  versionDraft: 'Draft saved',
  versionsNone: 'No versions yet.',
  sourceChangedUnkept:
    'The original changed since this translation was marked ready for review: compare it with the original above and update it.',
  translatorMayNotChangePublication:
    'Translators cannot unpublish or change the published version: use Save Draft, and an editor will publish.',
  translatorMayNotSchedule:
    'Translators cannot schedule publishing: mark the translation ready for review, and an editor will schedule it.',
  translatorMayNotCreate: 'Translators cannot create documents: ask an editor.',
  translatorMayNotDelete: 'Translators cannot delete documents: ask an editor.',
  translatorOneDocumentAtATime: 'Translators edit one document at a time: open it and use Save Draft.',
  translatorOtherLanguage: 'You translate into {{languages}} only; this change is in {{language}}.',
  translatorSharedField: '“{{field}}” is shared by every language: only an editor can change it.',
  languagesReadersSee: 'What readers see in each language',
  languageStatesStaffOnly: 'Only newsroom staff can see the state of each language: sign in to the admin.',
  stateSource: 'original, published',
  stateMissing: 'missing',
  stateInProgress: 'in progress',
  stateReady: 'ready for review',
  statePublished: 'published',
  stateOutdated: 'published, outdated: the original changed since',
  stateUnpublished: 'not published: readers do not see it',
  editingLanguage: 'You are editing: {{language}}',
  statusLive: 'live {{time}}',
  statusLiveUndated: 'live',
  statusOutdated: 'outdated',
  statusChanged: 'changes not yet published',
  statusNotPublished: 'not published',
  statusOriginal: 'original',
  statusLegend: 'What the symbols mean',
  /** Between the parts of one language's status ("live 11:02, outdated"): Chinese uses its own comma. */
  statusPartsSeparator: ', ',
  newsroomAdmin: 'Newsroom',
  sourceTextHeading: 'Source',
  sourceChangedSince:
    'The original changed since the version this translation was made from ({{date}}): removed words are struck through, new words underlined.',
  sourceChangedGone:
    'The original changed since this translation was marked ready for review, but that earlier version is no longer kept: compare with the text above.',
  skeletonStarted:
    'This translation starts from the original’s structure: the pull quotes, headings and images are in place. Type the translation into the empty paragraphs; the original is shown above.',
  skeletonNotFinished:
    'The body has only the original’s structure and no text yet: translate it before marking the translation ready for review or publishing it.',
  slugUnusable:
    'There is nothing in this text to make a page address from: it has no letters or digits. Type another, or leave the field empty to make the address from the headline.',
  invisibleCharacter:
    'This field contains an invisible control character ({{character}}), often pasted from a word processor. Delete it and save again.',
  quoteEmbeddedNowhere:
    'No story embeds this quote yet. To use it, insert a pull quote in a story’s body and choose it.',
  quoteShared: 'This quote is shared: a change here shows in every story listed.',
  addBlock: 'Add a block',
  dragToMove: 'Drag to move',
  removeLink: 'Remove link',
  spamCheckHoneypot: 'Hidden trap field',
  spamCheckFormClock: 'Time taken to write',
  spamCheckRateLimit: 'Comments from the same address',
  spamCheckRepeatOrDuplicate: 'Repeated or duplicate comment',
  spamCheckLinks: 'Links',
  spamCheckWordLists: 'Word lists',
  spamCheckAkismet: 'Akismet spam service',
  spamVerdictPass: 'passed',
  spamVerdictFlag: 'flagged for a moderator',
  spamVerdictSpam: 'spam',
  spamCheckRecord: 'Technical record',
  replyToHiddenComment:
    'This is a reply to a comment readers cannot see (it is waiting for moderation, marked as spam or in the trash). If you approve the reply, readers see it under “{{removed}}”, without the comment it answers.',
} as const

export type NewsroomMessageKey = keyof typeof en
type NewsroomStrings = Record<NewsroomMessageKey, string>

export const newsroomAdminStrings: Record<AdminLanguage, NewsroomStrings> = {
  en,
  zh: {
    pendingCommentsTitle: '待审核的评论',
    pendingCommentsOpen: '打开审核队列',
    moderationApprove: '批准',
    moderationSpam: '标记为垃圾评论',
    moderationTrash: '移入回收站',
    moderationReason: '理由（可选）',
    moderationSelect: '勾选评论即可批量审核。',
    moderationByStatus: '按状态查看评论',
    moderationByLanguage: '按语言查看评论',
    moderationAllStatuses: '全部',
    moderationAllLanguages: '全部语言',
    worklistTitle: '您的译文',
    worklistToTranslate: '待翻译',
    worklistInProgress: '翻译中',
    worklistOutdated: '已过时：原文已修改',
    worklistNothing: '暂无。',
    worklistOriginal: '原文，{{language}}',
    worklistOpen: '译成{{language}}',
    worklistReady: '待审校：等待编辑',
    worklistPublished: '已发布',
    imageTooLarge: '文件超过 {{max}} MB，请上传较小的图片。',
    imageUnreadable: '无法将此文件识别为图片。请上传 JPEG、PNG、WebP 或 AVIF 格式的图片。',
    imageFormatNotAllowed: '不能上传 {{format}} 文件。请上传 JPEG、PNG、WebP 或 AVIF 格式的图片。',
    imageTypeMismatch: '文件名或类型显示为 {{declared}}，但内容实际是 {{actual}}。请上传原始图片文件。',
    imageTooManyPixels: '图片为 {{width}} × {{height}} 像素，最多允许 {{max}} 百万像素。请先缩小图片。',
    queryPageInvalid: '页码和每页条数必须是整数（0 – {{max}}）。',
    translatorMayNotPublish: '译者不能发布：请保存译文并标记为待审校。',
    submitForReview: '提交审校',
    submittedForReview: '已提交审校，将由编辑发布。',
    reviewTitle: '待审校的译文',
    reviewSubmittedBy: '提交者：{{name}}',
    reviewChangedBy: '原文修改者：{{name}}',
    reviewOpen: '审校并发布{{language}}版本',
    versionsBy: '保存者',
    versionsWhat: '操作',
    versionPublishedIn: '已发布{{language}}版本',
    versionPublishedAll: '已发布所有语言版本',
    versionSubmittedIn: '{{language}}译文已提交审校',
    versionDraftIn: '已保存{{language}}草稿',
    versionDraft: '已保存草稿',
    versionsNone: '暂无版本。',
    sourceChangedUnkept: '此译文标记为待审校后，原文已修改：请对照上方原文更新译文。',
    translatorMayNotChangePublication: '译者不能取消发布，也不能改动已发布的版本：请使用“保存草稿”，由编辑发布。',
    translatorMayNotSchedule: '译者不能预约发布：请将译文标记为待审校，由编辑安排发布。',
    translatorMayNotCreate: '译者不能新建文档：请联系编辑。',
    translatorMayNotDelete: '译者不能删除文档：请联系编辑。',
    translatorOneDocumentAtATime: '译者一次只能编辑一篇文档：请打开文档并使用“保存草稿”。',
    translatorOtherLanguage: '您只负责翻译以下语言：{{languages}}；此修改属于另一种语言：{{language}}。',
    translatorSharedField: '“{{field}}”为所有语言共用，只有编辑可以修改。',
    languagesReadersSee: '读者在各语言中看到的内容',
    languageStatesStaffOnly: '只有编辑部成员才能查看各语言的状态：请登录后台。',
    stateSource: '原文，已发布',
    stateMissing: '未翻译',
    stateInProgress: '翻译中',
    stateReady: '待审校',
    statePublished: '已发布',
    stateOutdated: '已发布，已过时：原文此后有改动',
    stateUnpublished: '未发布：读者看不到',
    editingLanguage: '您正在编辑：{{language}}',
    statusLive: '已于 {{time}} 发布',
    statusLiveUndated: '已发布',
    statusOutdated: '已过时',
    statusChanged: '有尚未发布的修改',
    statusNotPublished: '未发布',
    statusOriginal: '原文',
    statusLegend: '符号说明',
    statusPartsSeparator: '，',
    newsroomAdmin: '编辑部',
    sourceTextHeading: '原文',
    sourceChangedSince: '原文自本译文所依据的版本（{{date}}）以来有改动：删除的词语带删除线，新增的词语带下划线。',
    sourceChangedGone: '本译文标记为待审校之后原文有改动，但当时的原文版本已不再保存：请与上方原文对照。',
    skeletonStarted: '本译文沿用原文的结构：引语、小标题和图片已就位。请在空白段落中输入译文，原文显示在上方。',
    skeletonNotFinished: '正文只有原文的结构，还没有文字：请先翻译正文，再将译文标记为待审校或发布。',
    slugUnusable: '该网址别名中没有可用于网址的拉丁字母或数字。请重新输入，或留空以根据标题自动生成。',
    invisibleCharacter: '含有不可见的控制字符（{{character}}），常见于从文字处理软件粘贴的文本。请删除后重新保存。',
    quoteEmbeddedNowhere: '目前没有文章嵌入此引语。如需使用，请在文章正文中插入引语块并选择它。',
    quoteShared: '此引语为多篇文章共用：在此修改后，上列所有文章都会随之更新。',
    addBlock: '添加内容块',
    dragToMove: '拖动以移动',
    removeLink: '移除链接',
    spamCheckHoneypot: '隐藏陷阱字段',
    spamCheckFormClock: '填写用时',
    spamCheckRateLimit: '同一地址的评论数',
    spamCheckRepeatOrDuplicate: '重复评论',
    spamCheckLinks: '链接',
    spamCheckWordLists: '词表',
    spamCheckAkismet: 'Akismet 垃圾评论检测服务',
    spamVerdictPass: '通过',
    spamVerdictFlag: '已标记，待审核员查看',
    spamVerdictSpam: '垃圾评论',
    spamCheckRecord: '技术记录',
    replyToHiddenComment:
      '这是对一条读者看不到的评论的回复（该评论待审核、被标记为垃圾评论或已移入回收站）。批准这条回复后，读者会在“{{removed}}”下方看到它，但看不到它所回复的评论。',
  },
  ru: {
    pendingCommentsTitle: 'Комментарии на модерации',
    pendingCommentsOpen: 'Открыть очередь',
    moderationApprove: 'Одобрить',
    moderationSpam: 'Отметить как спам',
    moderationTrash: 'В корзину',
    moderationReason: 'Причина (необязательно)',
    moderationSelect: 'Выберите комментарии, чтобы модерировать их вместе.',
    moderationByStatus: 'Комментарии по статусу',
    moderationByLanguage: 'Комментарии по языку',
    moderationAllStatuses: 'Все',
    moderationAllLanguages: 'Все языки',
    worklistTitle: 'Ваши переводы',
    worklistToTranslate: 'Перевести',
    worklistInProgress: 'В работе',
    worklistOutdated: 'Устарели: оригинал изменился',
    worklistNothing: 'Здесь пусто.',
    worklistOriginal: 'оригинал, {{language}}',
    worklistOpen: 'Перевести: {{language}}',
    worklistReady: 'Готовы к проверке: ждут редактора',
    worklistPublished: 'Опубликованы',
    imageTooLarge: 'Файл больше {{max}} МБ. Загрузите изображение меньшего размера.',
    imageUnreadable: 'Этот файл не читается как изображение. Загрузите изображение в формате JPEG, PNG, WebP или AVIF.',
    imageFormatNotAllowed:
      'Файлы {{format}} загружать нельзя. Загрузите изображение в формате JPEG, PNG, WebP или AVIF.',
    imageTypeMismatch:
      'По имени или типу файл — {{declared}}, а по содержимому — {{actual}}. Загрузите исходный файл изображения.',
    imageTooManyPixels:
      'Размер изображения — {{width}} × {{height}} пикселей, а допускается не более {{max}} мегапикселей. Сначала уменьшите его.',
    queryPageInvalid: 'Номер страницы и число записей на странице должны быть целыми числами (0 – {{max}}).',
    translatorMayNotPublish:
      'Переводчик не может публиковать: сохраните перевод и отметьте его как готовый к проверке.',
    submitForReview: 'Отправить на проверку',
    submittedForReview: 'Перевод отправлен на проверку, его опубликует редактор.',
    reviewTitle: 'Переводы на проверку',
    reviewSubmittedBy: 'отправил(а): {{name}}',
    reviewChangedBy: 'оригинал изменил(а): {{name}}',
    reviewOpen: 'Проверить и опубликовать: {{language}}',
    versionsBy: 'Кто сохранил',
    versionsWhat: 'Действие',
    versionPublishedIn: 'Опубликовано: {{language}}',
    versionPublishedAll: 'Опубликовано на всех языках',
    versionSubmittedIn: 'Отправлено на проверку: {{language}}',
    versionDraftIn: 'Черновик сохранён: {{language}}',
    versionDraft: 'Черновик сохранён',
    versionsNone: 'Версий пока нет.',
    sourceChangedUnkept:
      'Оригинал изменился после того, как перевод отметили готовым к проверке: сверьте перевод с оригиналом выше и обновите его.',
    translatorMayNotChangePublication:
      'Переводчик не может отменять публикацию или менять опубликованную версию: нажмите «Сохранить черновик», публикует редактор.',
    translatorMayNotSchedule:
      'Переводчик не может планировать публикацию: отметьте перевод как готовый к проверке, и редактор её запланирует.',
    translatorMayNotCreate: 'Переводчик не может создавать документы: обратитесь к редактору.',
    translatorMayNotDelete: 'Переводчик не может удалять документы: обратитесь к редактору.',
    translatorOneDocumentAtATime:
      'Переводчик редактирует документы по одному: откройте документ и нажмите «Сохранить черновик».',
    translatorOtherLanguage:
      'Вы переводите только на эти языки: {{languages}}. Это изменение на другом языке: {{language}}.',
    translatorSharedField: 'Поле «{{field}}» общее для всех языков: изменить его может только редактор.',
    languagesReadersSee: 'Что видят читатели на каждом языке',
    languageStatesStaffOnly: 'Состояние языков видят только сотрудники редакции: войдите в панель администрирования.',
    stateSource: 'оригинал, опубликован',
    stateMissing: 'нет перевода',
    stateInProgress: 'в работе',
    stateReady: 'готов к проверке',
    statePublished: 'опубликован',
    stateOutdated: 'опубликован, устарел: оригинал с тех пор изменился',
    stateUnpublished: 'не опубликован: читатели его не видят',
    editingLanguage: 'Вы редактируете: {{language}}',
    statusLive: 'опубликован {{time}}',
    statusLiveUndated: 'опубликован',
    statusOutdated: 'устарел',
    statusChanged: 'есть неопубликованные изменения',
    statusNotPublished: 'не опубликован',
    statusOriginal: 'оригинал',
    statusLegend: 'Условные обозначения',
    statusPartsSeparator: ', ',
    newsroomAdmin: 'Редакция',
    sourceTextHeading: 'Оригинал',
    sourceChangedSince:
      'Оригинал изменился после версии, с которой сделан перевод ({{date}}): удалённые слова зачёркнуты, новые подчёркнуты.',
    sourceChangedGone:
      'Оригинал изменился после того, как перевод отметили готовым к проверке, но та версия больше не хранится: сверьте с текстом выше.',
    skeletonStarted:
      'Перевод начат со структуры оригинала: цитаты, подзаголовки и изображения уже на месте. Впишите перевод в пустые абзацы; оригинал показан выше.',
    skeletonNotFinished:
      'В тексте пока только структура оригинала, без слов: переведите его, прежде чем отмечать перевод готовым к проверке или публиковать.',
    slugUnusable:
      'Из этого текста не получается адрес страницы: в нём нет ни букв, ни цифр. Введите другой адрес или оставьте поле пустым — адрес будет создан из заголовка.',
    invisibleCharacter:
      'Поле содержит невидимый управляющий символ ({{character}}): такие символы обычно попадают в текст при вставке из текстового редактора. Удалите его и сохраните снова.',
    quoteEmbeddedNowhere:
      'Эта цитата пока не вставлена ни в одну статью. Чтобы использовать её, вставьте в текст статьи блок «Цитата» и выберите в нём эту цитату.',
    quoteShared: 'Эта цитата общая: изменение здесь появится во всех перечисленных статьях.',
    addBlock: 'Добавить блок',
    dragToMove: 'Перетащите, чтобы переместить',
    removeLink: 'Удалить ссылку',
    spamCheckHoneypot: 'Скрытое поле-ловушка',
    spamCheckFormClock: 'Время написания',
    spamCheckRateLimit: 'Комментарии с одного адреса',
    spamCheckRepeatOrDuplicate: 'Повтор или дубликат',
    spamCheckLinks: 'Ссылки',
    spamCheckWordLists: 'Списки слов',
    spamCheckAkismet: 'Сервис Akismet',
    spamVerdictPass: 'без замечаний',
    spamVerdictFlag: 'на модерацию',
    spamVerdictSpam: 'спам',
    spamCheckRecord: 'Технические данные',
    replyToHiddenComment:
      'Это ответ на комментарий, который читатели не видят (он на модерации, отмечен как спам или в корзине). Если одобрить ответ, читатели увидят его под надписью «{{removed}}», без комментария, на который он отвечает.',
  },
  kk: {
    pendingCommentsTitle: 'Қаралудағы пікірлер',
    pendingCommentsOpen: 'Кезекті ашу',
    moderationApprove: 'Мақұлдау',
    moderationSpam: 'Спам деп белгілеу',
    moderationTrash: 'Қоқысқа жіберу',
    moderationReason: 'Себебі (міндетті емес)',
    moderationSelect: 'Бірге модерациялау үшін пікірлерді таңдаңыз.',
    moderationByStatus: 'Пікірлер күйі бойынша',
    moderationByLanguage: 'Пікірлер тілі бойынша',
    moderationAllStatuses: 'Барлығы',
    moderationAllLanguages: 'Барлық тіл',
    worklistTitle: 'Сіздің аудармаларыңыз',
    worklistToTranslate: 'Аударылуы керек',
    worklistInProgress: 'Аударылуда',
    worklistOutdated: 'Ескірген: түпнұсқа өзгерді',
    worklistNothing: 'Бұл жерде ештеңе жоқ.',
    worklistOriginal: 'түпнұсқа, {{language}}',
    worklistOpen: 'Аудару: {{language}}',
    worklistReady: 'Тексеруге дайын: редакторды күтуде',
    worklistPublished: 'Жарияланған',
    imageTooLarge: 'Файл {{max}} МБ-тан үлкен. Көлемі кішірек сурет жүктеңіз.',
    imageUnreadable: 'Бұл файл сурет ретінде оқылмайды. JPEG, PNG, WebP немесе AVIF пішіміндегі сурет жүктеңіз.',
    imageFormatNotAllowed:
      '{{format}} файлдарын жүктеуге болмайды. JPEG, PNG, WebP немесе AVIF пішіміндегі сурет жүктеңіз.',
    imageTypeMismatch:
      'Файлдың атауы не түрі бойынша — {{declared}}, ал мазмұны бойынша — {{actual}}. Суреттің түпнұсқа файлын жүктеңіз.',
    imageTooManyPixels:
      'Суреттің өлшемі — {{width}} × {{height}} пиксель, ал рұқсат етілетін ең үлкен өлшем — {{max}} мегапиксель. Алдымен суретті кішірейтіңіз.',
    queryPageInvalid: 'Бет нөмірі мен беттегі жазбалар саны бүтін сан болуы керек (0 – {{max}}).',
    translatorMayNotPublish: 'Аудармашы жариялай алмайды: аударманы сақтап, тексеруге дайын деп белгілеңіз.',
    submitForReview: 'Тексеруге жіберу',
    submittedForReview: 'Аударма тексеруге жіберілді, оны редактор жариялайды.',
    reviewTitle: 'Тексерілетін аудармалар',
    reviewSubmittedBy: 'жіберген: {{name}}',
    reviewChangedBy: 'түпнұсқаны өзгерткен: {{name}}',
    reviewOpen: 'Тексеріп, жариялау: {{language}}',
    versionsBy: 'Сақтаған',
    versionsWhat: 'Әрекет',
    versionPublishedIn: 'Жарияланды: {{language}}',
    versionPublishedAll: 'Барлық тілде жарияланды',
    versionSubmittedIn: 'Тексеруге жіберілді: {{language}}',
    versionDraftIn: 'Жоба сақталды: {{language}}',
    versionDraft: 'Жоба сақталды',
    versionsNone: 'Әзірге нұсқа жоқ.',
    sourceChangedUnkept:
      'Аударма тексеруге дайын деп белгіленгеннен кейін түпнұсқа өзгерді: жоғарыдағы түпнұсқамен салыстырып, аударманы жаңартыңыз.',
    translatorMayNotChangePublication:
      'Аудармашы жариялаудан ала алмайды және жарияланған нұсқаны өзгерте алмайды: «Жоба ретінде сақтау» түймесін басыңыз, жариялауды редактор жасайды.',
    translatorMayNotSchedule:
      'Аудармашы жариялауды жоспарлай алмайды: аударманы тексеруге дайын деп белгілеңіз, жоспарлауды редактор жасайды.',
    translatorMayNotCreate: 'Аудармашы жаңа құжат жасай алмайды: редакторға жүгініңіз.',
    translatorMayNotDelete: 'Аудармашы құжатты жоя алмайды: редакторға жүгініңіз.',
    translatorOneDocumentAtATime:
      'Аудармашы құжаттарды бір-бірден өңдейді: құжатты ашып, «Жоба ретінде сақтау» түймесін басыңыз.',
    translatorOtherLanguage: 'Сіз тек мына тілдерге аударасыз: {{languages}}. Бұл өзгеріс басқа тілде: {{language}}.',
    translatorSharedField: '«{{field}}» өрісі барлық тілге ортақ: оны тек редактор өзгерте алады.',
    languagesReadersSee: 'Оқырмандар әр тілде не көреді',
    languageStatesStaffOnly: 'Әр тілдің күйін тек редакция қызметкерлері көреді: әкімші панеліне кіріңіз.',
    stateSource: 'түпнұсқа, жарияланған',
    stateMissing: 'аударма жоқ',
    stateInProgress: 'аударылуда',
    stateReady: 'тексеруге дайын',
    statePublished: 'жарияланған',
    stateOutdated: 'жарияланған, ескірген: содан бері түпнұсқа өзгерді',
    stateUnpublished: 'жарияланбаған: оқырмандар көрмейді',
    editingLanguage: 'Сіз өңдеп жатқан тіл: {{language}}',
    statusLive: 'жарияланған ({{time}})',
    statusLiveUndated: 'жарияланған',
    statusOutdated: 'ескірген',
    statusChanged: 'жарияланбаған өзгерістер бар',
    statusNotPublished: 'жарияланбаған',
    statusOriginal: 'түпнұсқа',
    statusLegend: 'Шартты белгілер',
    statusPartsSeparator: ', ',
    newsroomAdmin: 'Редакция',
    sourceTextHeading: 'Түпнұсқа',
    sourceChangedSince:
      'Аударма жасалған нұсқадан ({{date}}) кейін түпнұсқа өзгерді: өшірілген сөздердің үсті сызылған, жаңа сөздердің асты сызылған.',
    sourceChangedGone:
      'Аударма тексеруге дайын деп белгіленгеннен кейін түпнұсқа өзгерді, бірақ ол нұсқа енді сақталмайды: жоғарыдағы мәтінмен салыстырыңыз.',
    skeletonStarted:
      'Аударма түпнұсқаның құрылымынан басталды: дәйексөздер, тақырыпшалар мен суреттер орнында. Аударманы бос абзацтарға жазыңыз; түпнұсқа жоғарыда көрсетілген.',
    skeletonNotFinished:
      'Мәтінде әзірге түпнұсқаның құрылымы ғана бар, мәтіннің өзі жоқ: аударманы тексеруге дайын деп белгілемес не жарияламас бұрын мәтінді аударыңыз.',
    slugUnusable:
      'Бұл мәтіннен бет мекенжайын жасау мүмкін емес: онда әріп те, цифр да жоқ. Басқасын жазыңыз немесе өрісті бос қалдырыңыз, сонда мекенжай тақырыптан жасалады.',
    invisibleCharacter:
      'Бұл өрісте көзге көрінбейтін басқару таңбасы бар ({{character}}): ол көбіне мәтін өңдегіштен көшіріп қойғанда ілесіп келеді. Оны өшіріп, қайта сақтаңыз.',
    quoteEmbeddedNowhere:
      'Бұл дәйексөз әзірге ешбір мақалаға енгізілмеген. Оны пайдалану үшін мақала мәтініне «Дәйексөз» блогын қойып, осы дәйексөзді таңдаңыз.',
    quoteShared: 'Бұл дәйексөз ортақ: мұндағы өзгеріс жоғарыдағы барлық мақалада көрінеді.',
    addBlock: 'Блок қосу',
    dragToMove: 'Жылжыту үшін сүйреңіз',
    removeLink: 'Сілтемені алып тастау',
    spamCheckHoneypot: 'Жасырын тұзақ-өріс',
    spamCheckFormClock: 'Жазуға кеткен уақыт',
    spamCheckRateLimit: 'Бір мекенжайдан келген пікірлер',
    spamCheckRepeatOrDuplicate: 'Қайталанған пікір',
    spamCheckLinks: 'Сілтемелер',
    spamCheckWordLists: 'Сөз тізімдері',
    spamCheckAkismet: 'Akismet спам сүзгісі',
    spamVerdictPass: 'өтті',
    spamVerdictFlag: 'модератор қарауына жіберілді',
    spamVerdictSpam: 'спам',
    spamCheckRecord: 'Техникалық деректер',
    replyToHiddenComment:
      'Бұл — оқырмандар көрмейтін пікірге жазылған жауап (ол пікір қаралуда, спам деп белгіленген немесе қоқыста). Жауапты мақұлдасаңыз, оқырмандар оны «{{removed}}» деген жолдың астында, жауап берілген пікірсіз көреді.',
  },
  mn: {
    pendingCommentsTitle: 'Хүлээгдэж буй сэтгэгдэл',
    pendingCommentsOpen: 'Дарааллыг нээх',
    moderationApprove: 'Зөвшөөрөх',
    moderationSpam: 'Спам гэж тэмдэглэх',
    moderationTrash: 'Хогийн сав руу зөөх',
    moderationReason: 'Шалтгаан (заавал биш)',
    moderationSelect: 'Хамтад нь хянахын тулд сэтгэгдлүүдийг сонгоно уу.',
    moderationByStatus: 'Сэтгэгдлүүд төлөвөөр',
    moderationByLanguage: 'Сэтгэгдлүүд хэлээр',
    moderationAllStatuses: 'Бүгд',
    moderationAllLanguages: 'Бүх хэл',
    worklistTitle: 'Таны орчуулгууд',
    worklistToTranslate: 'Орчуулах',
    worklistInProgress: 'Орчуулж байна',
    worklistOutdated: 'Хуучирсан: эх бичвэр өөрчлөгдсөн',
    worklistNothing: 'Энд юу ч алга.',
    worklistOriginal: 'эх, {{language}}',
    worklistOpen: 'Орчуулах: {{language}}',
    worklistReady: 'Хянахад бэлэн: редакторыг хүлээж байна',
    worklistPublished: 'Нийтлэгдсэн',
    imageTooLarge: 'Файл {{max}} МБ-аас том байна. Жижиг хэмжээтэй зураг оруулна уу.',
    imageUnreadable: 'Энэ файлыг зураг гэж уншиж чадсангүй. JPEG, PNG, WebP эсвэл AVIF форматтай зураг оруулна уу.',
    imageFormatNotAllowed: '{{format}} файл оруулах боломжгүй. JPEG, PNG, WebP эсвэл AVIF форматтай зураг оруулна уу.',
    imageTypeMismatch:
      'Файлын нэр эсвэл төрлөөр {{declared}}, харин агуулгаараа {{actual}} байна. Зургийн эх файлыг оруулна уу.',
    imageTooManyPixels:
      'Зургийн хэмжээ {{width}} × {{height}} пиксел байна, харин зөвшөөрөгдөх дээд хэмжээ нь {{max}} мегапиксел. Эхлээд зургаа багасгана уу.',
    queryPageInvalid: 'Хуудасны дугаар болон нэг хуудсанд харуулах бичлэгийн тоо бүхэл тоо байх ёстой (0 – {{max}}).',
    translatorMayNotPublish: 'Орчуулагч нийтлэх эрхгүй: орчуулгаа хадгалаад хянуулахад бэлэн гэж тэмдэглэнэ үү.',
    submitForReview: 'Хянуулахаар илгээх',
    submittedForReview: 'Орчуулгыг хянуулахаар илгээлээ, редактор нийтэлнэ.',
    reviewTitle: 'Хянах орчуулгууд',
    reviewSubmittedBy: 'илгээсэн: {{name}}',
    reviewChangedBy: 'эх бичвэрийг өөрчилсөн: {{name}}',
    reviewOpen: 'Хянаж нийтлэх: {{language}}',
    versionsBy: 'Хадгалсан',
    versionsWhat: 'Үйлдэл',
    versionPublishedIn: 'Нийтэлсэн: {{language}}',
    versionPublishedAll: 'Бүх хэл дээр нийтэлсэн',
    versionSubmittedIn: 'Хянуулахаар илгээсэн: {{language}}',
    versionDraftIn: 'Ноорог хадгалсан: {{language}}',
    versionDraft: 'Ноорог хадгалсан',
    versionsNone: 'Одоогоор хувилбар алга.',
    sourceChangedUnkept:
      'Орчуулгыг хянахад бэлэн гэж тэмдэглэсний дараа эх бичвэр өөрчлөгдсөн: дээрх эх бичвэртэй харьцуулж, орчуулгаа шинэчилнэ үү.',
    translatorMayNotChangePublication:
      'Орчуулагч нийтлэхийг цуцлах, нийтлэгдсэн хувилбарыг өөрчлөх эрхгүй: «Ноорог хадгалах»-ыг дарна уу, нийтлэхийг редактор хийнэ.',
    translatorMayNotSchedule:
      'Орчуулагч нийтлэхийг товлох эрхгүй: орчуулгаа хянуулахад бэлэн гэж тэмдэглэнэ үү, товлохыг редактор хийнэ.',
    translatorMayNotCreate: 'Орчуулагч шинэ баримт үүсгэх эрхгүй: редакторт хандана уу.',
    translatorMayNotDelete: 'Орчуулагч баримт устгах эрхгүй: редакторт хандана уу.',
    translatorOneDocumentAtATime:
      'Орчуулагч баримтыг нэг нэгээр нь засна: баримтаа нээгээд «Ноорог хадгалах»-ыг дарна уу.',
    translatorOtherLanguage:
      'Та зөвхөн эдгээр хэл рүү орчуулна: {{languages}}. Энэ өөрчлөлт өөр хэл дээр байна: {{language}}.',
    translatorSharedField: '«{{field}}» талбар бүх хэлэнд нийтлэг: үүнийг зөвхөн редактор өөрчилнө.',
    languagesReadersSee: 'Уншигчид хэл тус бүрээр юу хардаг',
    languageStatesStaffOnly: 'Хэл бүрийн төлөвийг зөвхөн редакцийн ажилтнууд харна: админд нэвтэрнэ үү.',
    stateSource: 'эх, нийтлэгдсэн',
    stateMissing: 'орчуулга байхгүй',
    stateInProgress: 'орчуулж байна',
    stateReady: 'хянахад бэлэн',
    statePublished: 'нийтлэгдсэн',
    stateOutdated: 'нийтлэгдсэн, хуучирсан: түүнээс хойш эх бичвэр өөрчлөгдсөн',
    stateUnpublished: 'нийтлэгдээгүй: уншигчид харахгүй',
    editingLanguage: 'Та засварлаж буй хэл: {{language}}',
    statusLive: '{{time}} цагт нийтлэгдсэн',
    statusLiveUndated: 'нийтлэгдсэн',
    statusOutdated: 'хуучирсан',
    statusChanged: 'нийтлэгдээгүй өөрчлөлт бий',
    statusNotPublished: 'нийтлэгдээгүй',
    statusOriginal: 'эх бичвэр',
    statusLegend: 'Тэмдгийн тайлбар',
    statusPartsSeparator: ', ',
    newsroomAdmin: 'Редакц',
    sourceTextHeading: 'Эх бичвэр',
    sourceChangedSince:
      'Орчуулга хийсэн хувилбараас ({{date}}) хойш эх бичвэр өөрчлөгдсөн: хасагдсан үгсийг дундуур нь зурсан, шинэ үгсийг доогуур нь зурсан.',
    sourceChangedGone:
      'Орчуулгыг хянахад бэлэн гэж тэмдэглэсний дараа эх бичвэр өөрчлөгдсөн ч тэр үеийн хувилбар одоо хадгалагдахаа больсон: дээрх бичвэртэй тулгана уу.',
    skeletonStarted:
      'Орчуулга эх бичвэрийн бүтцээс эхэлсэн: ишлэл, дэд гарчиг, зургууд байрандаа байна. Хоосон догол мөрүүдэд орчуулгаа бичнэ үү; эх бичвэр дээр харагдана.',
    skeletonNotFinished:
      'Үндсэн бичвэрт одоогоор зөвхөн эх бичвэрийн бүтэц байна, бичвэр алга: орчуулгыг хянахад бэлэн гэж тэмдэглэх эсвэл нийтлэхээс өмнө орчуулна уу.',
    slugUnusable:
      'Энэ бичлэгээс хуудасны хаяг үүсгэх боломжгүй: үсэг, цифр алга. Өөр хаяг бичнэ үү, эсвэл талбарыг хоосон үлдээвэл хаягийг гарчгаас үүсгэнэ.',
    invisibleCharacter:
      'Энэ талбарт үл үзэгдэх удирдах тэмдэгт ({{character}}) байна: ихэвчлэн бичвэр боловсруулах программаас хуулж буулгахад орж ирдэг. Үүнийг устгаад дахин хадгална уу.',
    quoteEmbeddedNowhere:
      'Энэ ишлэлийг одоогоор ямар ч нийтлэлд оруулаагүй байна. Ашиглахын тулд нийтлэлийн үндсэн бичвэрт «Ишлэл» блок оруулж, энэ ишлэлийг сонгоно уу.',
    quoteShared: 'Энэ ишлэл хэд хэдэн нийтлэлд ашиглагддаг: энд хийсэн өөрчлөлт дээрх бүх нийтлэлд харагдана.',
    addBlock: 'Блок нэмэх',
    dragToMove: 'Зөөхийн тулд чирнэ үү',
    removeLink: 'Холбоосыг хасах',
    spamCheckHoneypot: 'Далд урхи талбар',
    spamCheckFormClock: 'Бичихэд зарцуулсан хугацаа',
    spamCheckRateLimit: 'Нэг хаягаас ирсэн сэтгэгдэл',
    spamCheckRepeatOrDuplicate: 'Давтагдсан сэтгэгдэл',
    spamCheckLinks: 'Холбоос',
    spamCheckWordLists: 'Үгийн жагсаалт',
    spamCheckAkismet: 'Akismet спам шүүлтүүр',
    spamVerdictPass: 'тэнцсэн',
    spamVerdictFlag: 'модераторт шилжүүлсэн',
    spamVerdictSpam: 'спам',
    spamCheckRecord: 'Техникийн өгөгдөл',
    replyToHiddenComment:
      'Энэ бол уншигчдад харагдахгүй сэтгэгдэлд бичсэн хариу (тэр сэтгэгдэл хүлээгдэж буй төлөвт, спам гэж тэмдэглэгдсэн эсвэл хогийн саванд байна). Хариуг зөвшөөрвөл уншигчид түүнийг эх сэтгэгдэлгүйгээр, «{{removed}}» гэсэн мөрийн доор харна.',
  },
}

/**
 * Payload's `i18n.translations`: our strings under the `newsroom` namespace for every admin language,
 * with each content language's name as `newsroom:language_<code>` («Ағылшын тілі», «Англи хэл»),
 * made here on the server: browsers' own language names vary (Chromium names English "English"
 * in Mongolian), and a translator's locale picker leaves their source language out.
 */
export const newsroomTranslations = Object.fromEntries(
  Object.entries(newsroomAdminStrings).map(([language, strings]) => [
    language,
    {
      newsroom: {
        ...strings,
        ...Object.fromEntries(
          localeCodes.map((code) => [`language_${code}`, languageLabel(code)[language as AdminLanguage]]),
        ),
      },
    },
  ]),
) as Record<AdminLanguage, { newsroom: NewsroomStrings & Record<`language_${string}`, string> }>

type RequestWithI18n = { i18n?: { language?: string } } | undefined | null

/**
 * One newsroom admin string in the language of the request's admin user (`req.i18n.language`,
 * which Payload sets from the user's saved language or the browser), English when the request has
 * none. `vars` fill `{{name}}` placeholders. Returns plain text, never a key.
 */
export function newsroomMessage(
  req: RequestWithI18n,
  key: NewsroomMessageKey,
  vars: Record<string, string | number> = {},
): string {
  const language = (req?.i18n?.language ?? 'en') as AdminLanguage
  const template = (newsroomAdminStrings[language] ?? en)[key] ?? en[key]
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}

/** The messages that say how many comments an action changed; every language's plural forms (CLDR). */
type CountForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>
export type NewsroomCountKey =
  | 'commentsApproved'
  | 'commentsMarkedSpam'
  | 'commentsTrashed'
  | 'repliesToHiddenApproved'
  | 'translationsReady'
  | 'translationsOutdated'

/**
 * One entry per plural form the language has (`Intl.PluralRules(language).resolvedOptions().pluralCategories`):
 * en one/other, ru one/few/many/other, zh other, kk and mn one/other (the noun after a numeral stays
 * singular, so both forms read alike). `{{count}}` is the number, `{{removed}}` the reader site's
 * "Comment removed" placeholder.
 */
export const newsroomCounts: Record<AdminLanguage, Record<NewsroomCountKey, CountForms>> = {
  en: {
    translationsReady: {
      one: '{{count}} translation ready for review',
      other: '{{count}} translations ready for review',
    },
    translationsOutdated: {
      one: '{{count}} published translation is outdated: the original changed',
      other: '{{count}} published translations are outdated: the original changed',
    },
    commentsApproved: { one: '{{count}} comment approved', other: '{{count}} comments approved' },
    commentsMarkedSpam: { one: '{{count}} comment marked as spam', other: '{{count}} comments marked as spam' },
    commentsTrashed: { one: '{{count}} comment moved to the trash', other: '{{count}} comments moved to the trash' },
    repliesToHiddenApproved: {
      one: '{{count}} of them is a reply to a comment readers cannot see: readers see it under “{{removed}}”, without the comment it answers.',
      other:
        '{{count}} of them are replies to comments readers cannot see: readers see them under “{{removed}}”, without the comments they answer.',
    },
  },
  zh: {
    translationsReady: { other: '{{count}} 篇译文待审校' },
    translationsOutdated: { other: '{{count}} 篇已发布的译文已过时：原文已修改' },
    commentsApproved: { other: '已批准 {{count}} 条评论' },
    commentsMarkedSpam: { other: '已将 {{count}} 条评论标记为垃圾评论' },
    commentsTrashed: { other: '已将 {{count}} 条评论移入回收站' },
    repliesToHiddenApproved: {
      other: '其中 {{count}} 条回复的是读者看不到的评论：读者会在“{{removed}}”下方看到这些回复，但看不到被回复的评论。',
    },
  },
  ru: {
    translationsReady: {
      one: '{{count}} перевод готов к проверке',
      few: '{{count}} перевода готовы к проверке',
      many: '{{count}} переводов готовы к проверке',
      other: '{{count}} перевода готовы к проверке',
    },
    translationsOutdated: {
      one: '{{count}} опубликованный перевод устарел: оригинал изменился',
      few: '{{count}} опубликованных перевода устарели: оригинал изменился',
      many: '{{count}} опубликованных переводов устарели: оригинал изменился',
      other: '{{count}} опубликованного перевода устарели: оригинал изменился',
    },
    commentsApproved: {
      one: '{{count}} комментарий одобрен',
      few: '{{count}} комментария одобрены',
      many: '{{count}} комментариев одобрено',
      other: '{{count}} комментария одобрено',
    },
    commentsMarkedSpam: {
      one: '{{count}} комментарий отмечен как спам',
      few: '{{count}} комментария отмечены как спам',
      many: '{{count}} комментариев отмечено как спам',
      other: '{{count}} комментария отмечено как спам',
    },
    commentsTrashed: {
      one: '{{count}} комментарий перемещён в корзину',
      few: '{{count}} комментария перемещены в корзину',
      many: '{{count}} комментариев перемещено в корзину',
      other: '{{count}} комментария перемещено в корзину',
    },
    repliesToHiddenApproved: {
      one: '{{count}} из них — ответ на комментарий, скрытый от читателей: читатели увидят его под надписью «{{removed}}», без комментария, на который он отвечает.',
      few: '{{count}} из них — ответы на комментарии, скрытые от читателей: читатели увидят их под надписью «{{removed}}», без комментариев, на которые они отвечают.',
      many: '{{count}} из них — ответы на комментарии, скрытые от читателей: читатели увидят их под надписью «{{removed}}», без комментариев, на которые они отвечают.',
      other:
        '{{count}} из них — ответы на комментарии, скрытые от читателей: читатели увидят их под надписью «{{removed}}», без комментариев, на которые они отвечают.',
    },
  },
  kk: {
    translationsReady: { one: '{{count}} аударма тексеруге дайын', other: '{{count}} аударма тексеруге дайын' },
    translationsOutdated: {
      one: '{{count}} жарияланған аударма ескірген: түпнұсқа өзгерді',
      other: '{{count}} жарияланған аударма ескірген: түпнұсқа өзгерді',
    },
    commentsApproved: { one: '{{count}} пікір мақұлданды', other: '{{count}} пікір мақұлданды' },
    commentsMarkedSpam: { one: '{{count}} пікір спам деп белгіленді', other: '{{count}} пікір спам деп белгіленді' },
    commentsTrashed: { one: '{{count}} пікір қоқысқа жіберілді', other: '{{count}} пікір қоқысқа жіберілді' },
    repliesToHiddenApproved: {
      one: 'Олардың ішінде {{count}} пікір оқырмандар көрмейтін пікірге жауап: оқырмандар оны «{{removed}}» деген жолдың астында, жауап берілген пікірсіз көреді.',
      other:
        'Олардың ішінде {{count}} пікір оқырмандар көрмейтін пікірлерге жауап: оқырмандар оларды «{{removed}}» деген жолдың астында, жауап берілген пікірлерсіз көреді.',
    },
  },
  mn: {
    translationsReady: { one: '{{count}} орчуулга хянахад бэлэн', other: '{{count}} орчуулга хянахад бэлэн' },
    translationsOutdated: {
      one: '{{count}} нийтлэгдсэн орчуулга хуучирсан: эх бичвэр өөрчлөгдсөн',
      other: '{{count}} нийтлэгдсэн орчуулга хуучирсан: эх бичвэр өөрчлөгдсөн',
    },
    commentsApproved: { one: '{{count}} сэтгэгдлийг зөвшөөрлөө', other: '{{count}} сэтгэгдлийг зөвшөөрлөө' },
    commentsMarkedSpam: {
      one: '{{count}} сэтгэгдлийг спам гэж тэмдэглэлээ',
      other: '{{count}} сэтгэгдлийг спам гэж тэмдэглэлээ',
    },
    commentsTrashed: {
      one: '{{count}} сэтгэгдлийг хогийн сав руу хийлээ',
      other: '{{count}} сэтгэгдлийг хогийн сав руу хийлээ',
    },
    repliesToHiddenApproved: {
      one: 'Тэдгээрийн {{count}} нь уншигчдад харагдахгүй сэтгэгдэлд өгсөн хариу: уншигчид үүнийг эх сэтгэгдэлгүйгээр «{{removed}}» гэсэн мөрийн доор харна.',
      other:
        'Тэдгээрийн {{count}} нь уншигчдад харагдахгүй сэтгэгдэлд өгсөн хариу: уншигчид тэдгээрийг эх сэтгэгдэлгүйгээр «{{removed}}» гэсэн мөрийн доор харна.',
    },
  },
}

/**
 * A counting message in `language` (an admin language; English otherwise) for `count`, in the form
 * that language's plural rules pick for it (`Intl.PluralRules`: Russian 1, 21 → one; 2–4 → few;
 * 5–20 → many), the number written as that language writes numbers. `vars` fill other placeholders.
 */
export function newsroomCount(
  language: string | undefined,
  key: NewsroomCountKey,
  count: number,
  vars: Record<string, string> = {},
): string {
  const code = (language && language in newsroomCounts ? language : 'en') as AdminLanguage
  const forms = newsroomCounts[code][key]
  const template = forms[new Intl.PluralRules(code).select(count)] ?? forms.other
  const values: Record<string, string> = { ...vars, count: new Intl.NumberFormat(code).format(count) }
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole)
}
