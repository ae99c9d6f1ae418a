import type { GlobalConfig } from 'payload'

import { isAdmin } from './access/isAdmin'
import { forgetSubmissionReadsAfterChange } from './hooks/forgetSubmissionReads'
import { isModerator } from './access/isModerator'
import { groups, label } from './labels'
import { languageSelect } from './fields/languageSelect'

/** Spam and abuse rules admins keep up to date in the admin panel, per language. */
export const CommentRules: GlobalConfig = {
  slug: 'comment-rules',
  label: label({
    en: 'Comment rules',
    zh: '评论规则',
    ru: 'Правила комментариев',
    kk: 'Пікір ережелері',
    mn: 'Сэтгэгдлийн дүрэм',
  }),
  // No "API" tab: a developer's raw JSON view, in English whatever the admin's language.
  admin: { group: groups.readers, hideAPIURL: true },
  access: { read: isModerator, update: isAdmin },
  hooks: { afterChange: [forgetSubmissionReadsAfterChange] },
  fields: [
    {
      name: 'wordLists',
      type: 'array',
      label: label({
        en: 'Word lists by language',
        zh: '各语言词表',
        ru: 'Списки слов по языкам',
        kk: 'Тілдер бойынша сөз тізімдері',
        mn: 'Хэл тус бүрийн үгийн жагсаалт',
      }),
      labels: {
        singular: label({ en: 'Word list', zh: '词表', ru: 'Список слов', kk: 'Сөз тізімі', mn: 'Үгийн жагсаалт' }),
        plural: label({
          en: 'Word lists',
          zh: '词表',
          ru: 'Списки слов',
          kk: 'Сөз тізімдері',
          mn: 'Үгийн жагсаалтууд',
        }),
      },
      fields: [
        languageSelect({
          name: 'language',
          required: true,
          label: label({ en: 'Language', zh: '语言', ru: 'Язык', kk: 'Тілі', mn: 'Хэл' }),
        }),
        {
          name: 'banned',
          type: 'textarea',
          label: label({
            en: 'Banned words',
            zh: '禁用词',
            ru: 'Запрещённые слова',
            kk: 'Тыйым салынған сөздер',
            mn: 'Хориотой үгс',
          }),
          admin: {
            description: label({
              en: 'One word or phrase per line. A comment containing one is stored as spam.',
              zh: '每行一个词或短语。含有其中任何一个的评论将存为垃圾评论。',
              ru: 'По одному слову или фразе в строке. Комментарий, где есть одно из них, сохраняется как спам.',
              kk: 'Әр жолға бір сөз не тіркес. Солардың бірі бар пікір спам ретінде сақталады.',
              mn: 'Мөр бүрт нэг үг эсвэл хэллэг. Эдгээрийн аль нэгийг агуулсан сэтгэгдэл спам болж хадгалагдана.',
            }),
          },
        },
        {
          name: 'suspect',
          type: 'textarea',
          label: label({
            en: 'Suspect words',
            zh: '可疑词',
            ru: 'Подозрительные слова',
            kk: 'Күдікті сөздер',
            mn: 'Сэжигтэй үгс',
          }),
          admin: {
            description: label({
              en: 'One per line. A comment containing one waits for a moderator and is flagged.',
              zh: '每行一个。含有其中任何一个的评论会被标记，交由审核员处理。',
              ru: 'По одному в строке. Комментарий, где есть одно из них, помечается и ждёт модератора.',
              kk: 'Әр жолға біреуден. Солардың бірі бар пікір белгіленіп, модераторды күтеді.',
              mn: 'Мөр бүрт нэгийг. Эдгээрийн аль нэгийг агуулсан сэтгэгдэл тэмдэглэгдэж, модераторыг хүлээнэ.',
            }),
          },
        },
      ],
    },
    {
      name: 'reportsToRequeue',
      type: 'number',
      defaultValue: 3,
      min: 1,
      label: label({
        en: 'Reports that send a comment back to the queue',
        zh: '退回审核队列所需的举报数',
        ru: 'Жалоб для возврата в очередь',
        kk: 'Пікірді кезекке қайтаратын шағым саны',
        mn: 'Сэтгэгдлийг дараалалд буцаах гомдлын тоо',
      }),
      admin: {
        description: label({
          en: 'Reader reports that send an approved comment back to the queue.',
          zh: '已批准的评论收到这么多读者举报后，会退回审核队列。',
          ru: 'Столько жалоб читателей возвращает одобренный комментарий в очередь модерации.',
          kk: 'Мақұлданған пікір оқырмандардан осынша шағым түссе, модерация кезегіне қайтады.',
          mn: 'Зөвшөөрсөн сэтгэгдэлд уншигчдаас ийм тооны гомдол ирвэл хянах дараалалд буцна.',
        }),
      },
    },
    {
      name: 'perIpPer10Minutes',
      type: 'number',
      defaultValue: 5,
      min: 1,
      label: label({
        en: 'Comments from one address (IP) in 10 minutes',
        zh: '同一 IP 地址 10 分钟内的评论上限',
        ru: 'Комментариев с одного IP-адреса за 10 минут',
        kk: 'Бір IP мекенжайынан 10 минутта жіберілетін пікір саны',
        mn: 'Нэг IP хаягаас 10 минутад илгээх сэтгэгдлийн тоо',
      }),
    },
    {
      name: 'perEmailPerHour',
      type: 'number',
      defaultValue: 10,
      min: 1,
      label: label({
        en: 'Comments from one email address in an hour',
        zh: '同一邮箱地址每小时的评论上限',
        ru: 'Комментариев с одного адреса почты за час',
        kk: 'Бір электрондық пошта мекенжайынан сағатына жіберілетін пікір саны',
        mn: 'Нэг и-мэйл хаягаас цагт илгээх сэтгэгдлийн тоо',
      }),
    },
  ],
}
