"""The stand-in's GraphQL schema: the reference's type names, arguments and error shapes for
everything Facilitator uses (decidim-api, decidim-proposals, decidim-meetings, decidim-comments)."""

from __future__ import annotations

from graphql import build_schema

# ruff: noqa: E501 - the schema reads best one type a line

SDL = """
scalar DateTime

type Query {
  decidim: Decidim
  session: Session
  component(id: ID!): Component
  participatoryProcesses: [ParticipatoryProcess!]!
  assemblies: [Assembly!]!
}

type Mutation {
  component(id: ID!): ComponentMutation
  commentable(id: String!, type: String!, locale: String!, toggleTranslations: Boolean!): CommentableMutation
}

type Decidim { version: String applicationName: String! }
type Session { user: User }
interface Author { id: ID! name: String! nickname: String! }
type User implements Author { id: ID! name: String! nickname: String! }
type TranslatedField { translation(locale: String!): String }
type PageInfo { hasNextPage: Boolean! endCursor: String }

interface Component { id: ID! name: TranslatedField! }
type Proposals implements Component {
  id: ID!
  name: TranslatedField!
  proposals(first: Int, after: String, filter: ProposalFilter, order: ProposalSort): ProposalConnection
  proposal(id: ID!): Proposal
}
type Meetings implements Component {
  id: ID!
  name: TranslatedField!
  meetings(first: Int, after: String): MeetingConnection
  meeting(id: ID!): Meeting
}
type Debates implements Component { id: ID! name: TranslatedField! }

input ProposalFilter { publishedSince: String publishedBefore: String }
input ProposalSort { publishedAt: String id: String voteCount: String }
type ProposalConnection { pageInfo: PageInfo! edges: [ProposalEdge] }
type ProposalEdge { node: Proposal cursor: String! }
type Proposal {
  id: ID!
  title: TranslatedField
  body: TranslatedField
  author: Author
  authors: [Author!]!
  publishedAt: DateTime
  createdAt: DateTime
  reference: String
  withdrawn: Boolean
}
type MeetingConnection { pageInfo: PageInfo! edges: [MeetingEdge] }
type MeetingEdge { node: Meeting cursor: String! }
type Meeting {
  id: ID!
  title: TranslatedField
  startTime: DateTime
  endTime: DateTime
  closed: Boolean
  closingReport: TranslatedField
  attendeesCount: Int
  author: Author
  comments: [Comment!]!
}
type Comment { id: ID! body: String! author: Author }

type ParticipatoryProcess { id: ID! slug: String! title: TranslatedField components: [Component] }
type Assembly { id: ID! slug: String! title: TranslatedField components: [Component] }

interface ComponentMutation { id: ID! }
type ProposalsMutation implements ComponentMutation {
  id: ID!
  createProposal(input: CreateProposalInput!): Proposal
  proposal(id: ID!): ProposalMutation
}
type ProposalMutation { id: ID! update(input: UpdateProposalInput!): Proposal }
input ProposalAttributes {
  title: String! body: String! address: String latitude: Float longitude: Float taxonomies: [ID]
}
input CreateProposalInput { locale: String! attributes: ProposalAttributes! clientMutationId: String }
input UpdateProposalInput { locale: String! attributes: ProposalAttributes! clientMutationId: String }

type MeetingsMutation implements ComponentMutation {
  id: ID!
  createMeeting(input: CreateMeetingInput!): Meeting
  meeting(id: ID!): MeetingMutation
}
type MeetingMutation { id: ID! close(input: CloseMeetingInput!): Meeting }
enum TypeOfMeetingEnum { HYBRID IN_PERSON ONLINE }
enum RegistrationTypeEnum { REGISTRATION_DISABLED ON_THIS_PLATFORM ON_DIFFERENT_PLATFORM }
input CreateMeetingAttributes {
  title: String! description: String! startTime: DateTime! endTime: DateTime!
  typeOfMeeting: TypeOfMeetingEnum! registrationType: RegistrationTypeEnum!
  address: String location: String locationHints: String latitude: Float longitude: Float
  availableSlots: Int registrationsEnabled: Boolean registrationUrl: String
  registrationTerms: String onlineMeetingUrl: String taxonomies: [ID]
}
input CreateMeetingInput {
  locale: String! attributes: CreateMeetingAttributes! toggleTranslations: Boolean clientMutationId: String
}
input CloseMeetingAttributes {
  closingReport: String! attendeesCount: Int! proposalIds: [ID] closedAt: DateTime
}
input CloseMeetingInput {
  locale: String! attributes: CloseMeetingAttributes! toggleTranslations: Boolean clientMutationId: String
}

type CommentableMutation { id: ID! addComment(body: String!, alignment: Int, userGroupId: ID): Comment }
"""

SCHEMA = build_schema(SDL)
