// The codebook a new archive starts with: the three sections of the founding article.
export interface DefaultTheme {
  name: string
  nameVi: string
  color: string
  description: string
  keywords: string[]
}

export const DEFAULT_CODEBOOK: readonly DefaultTheme[] = [
  {
    name: 'Regional links',
    nameVi: 'Liên kết vùng',
    color: '#2A7AB8',
    description:
      'Cooperation between provinces and cities of a region: shared plans, infrastructure, joint programmes.',
    keywords: [
      'liên kết vùng',
      'liên kết',
      'liên vùng',
      'hợp tác',
      'ĐBSCL',
      'Đồng bằng sông Cửu Long',
      'các tỉnh',
      'tiểu vùng',
      'quy hoạch vùng',
      'regional',
      'region',
      'provinces',
      'cooperation'
    ]
  },
  {
    name: 'Foreign affairs',
    nameVi: 'Đối ngoại',
    color: '#C2413B',
    description:
      'Relations with other countries and international bodies: diplomacy, agreements, integration.',
    keywords: [
      'đối ngoại',
      'quốc tế',
      'ngoại giao',
      'hội nhập',
      'nước ngoài',
      'phi chính phủ',
      'ký kết',
      'foreign',
      'international',
      'diplomacy',
      'diplomatic',
      'embassy'
    ]
  },
  {
    name: 'Outlook',
    nameVi: 'Phương hướng',
    color: '#B7791F',
    description: 'Plans, directions and goals for the time ahead.',
    keywords: [
      'phương hướng',
      'thời gian tới',
      'thứ nhất',
      'thứ hai',
      'thứ ba',
      'thứ tư',
      'tiếp tục',
      'định hướng',
      'mục tiêu',
      'outlook',
      'will',
      'plan',
      'next year'
    ]
  }
]
